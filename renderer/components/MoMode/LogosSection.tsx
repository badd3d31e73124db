import { useId, useRef, useState, type DragEvent } from 'react';
import { fingerprintLogo, ImageError, MAX_IMAGE_BYTES, readImageFacts, type RgbaImage } from '../../../src/image/index.js';
import { strings, text, withItemsAdded } from '../../logic/mo-pack.js';
import { MO_TEXT } from '../../text/mo.js';
import { useMo } from './context.js';
import { TextField } from './fields.js';
import { ItemTable, Section } from './ItemTable.js';

const T = MO_TEXT.logos;

/** Logos are decoded at most this big on their long side: plenty for a fingerprint, quick to read. */
const DECODE_LONG_SIDE = 1200;

/** The picture's pixels, decoded by the browser (scaled down while decoding when it is big). */
async function pixelsOf(file: File): Promise<RgbaImage> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const facts = readImageFacts(bytes);
  const scale = Math.min(1, DECODE_LONG_SIDE / Math.max(facts.width, facts.height));
  const width = Math.max(1, Math.round(facts.width * scale));
  const bitmap = await createImageBitmap(file, scale < 1 ? { resizeWidth: width, resizeQuality: 'high' } : {});
  try {
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const drawing = canvas.getContext('2d', { willReadFrequently: true });
    if (!drawing) throw new Error('no canvas');
    drawing.drawImage(bitmap, 0, 0);
    const { data } = drawing.getImageData(0, 0, bitmap.width, bitmap.height);
    return { width: bitmap.width, height: bitmap.height, data };
  } finally {
    bitmap.close();
  }
}

/** "county-crest.png" → "County crest". */
function logoName(fileName: string): string {
  const name = fileName.replace(/\.[A-Za-z0-9]+$/, '').replace(/[-_]+/g, ' ').trim() || fileName;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The council's logos: pictures dropped or chosen here become fingerprints in the pack (the pictures themselves stay here). */
export function LogosSection() {
  const { edit } = useMo();
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const [failures, setFailures] = useState<string[]>([]);

  const addFiles = async (files: readonly File[]): Promise<void> => {
    const added: string[] = [];
    const failed: string[] = [];
    for (const file of files) {
      if (file.size > MAX_IMAGE_BYTES) {
        failed.push(T.tooBig(file.name));
        continue;
      }
      setBusy(T.working(file.name));
      try {
        const fingerprints = fingerprintLogo(await pixelsOf(file));
        if (fingerprints.length === 0) {
          failed.push(T.nothingFound(file.name));
          continue;
        }
        const name = logoName(file.name);
        edit((pack) => withItemsAdded(pack, 'logos', [{ name, fingerprints }]));
        added.push(T.added(name));
      } catch (error) {
        failed.push(error instanceof ImageError ? `${file.name}: ${error.message}` : T.unreadable(file.name));
      }
    }
    setBusy(null);
    setDone(added);
    setFailures(failed);
    if (input.current) input.current.value = '';
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void addFiles(files);
  };

  return (
    <div
      className={`mo-drop${dragging ? ' mo-drop--active' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Section section="logos" intro={T.intro}>
        {dragging ? <p className="mo-drop__message">{T.dropHere}</p> : null}
        <ItemTable
          list="logos"
          caption={T.caption}
          firstField="name"
          section="logos"
          describe={(item, index) => text(item['name']) || `${MO_TEXT.editor.untitled} ${index + 1}`}
          columns={[
            { key: 'name', heading: T.name, cell: (item) => text(item['name']) },
            { key: 'fingerprints', heading: T.fingerprints, cell: (item) => T.fingerprintCount(strings(item['fingerprints']).length) },
          ]}
          editor={(index) => <TextField path={`logos[${index}].name`} label={T.name} />}
        />
        <div className={`field${failures.length > 0 ? ' field--error' : ''}`}>
          <label className="label" htmlFor={`${ids}-logos`}>
            {T.addLabel}
          </label>
          <span className="hint" id={`${ids}-logos-hint`}>
            {T.addHint}
          </span>
          {failures.length > 0 ? (
            <div className="error-message" id={`${ids}-logos-error`}>
              {failures.map((failure) => (
                <p className="mo-error" key={failure}>
                  <span className="visually-hidden">{MO_TEXT.editor.errorPrefix} </span>
                  {failure}
                </p>
              ))}
            </div>
          ) : null}
          <input
            ref={input}
            id={`${ids}-logos`}
            type="file"
            multiple
            accept="image/png,image/jpeg,image/webp,image/gif"
            disabled={busy !== null}
            aria-describedby={`${ids}-logos-hint${failures.length > 0 ? ` ${ids}-logos-error` : ''}`}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              if (files.length > 0) void addFiles(files);
            }}
          />
        </div>
        <div role="status" className="mo-result">
          {busy ? <p>{busy}</p> : done.length > 0 ? <p className="notification notification--success">{done.join(' ')}</p> : null}
        </div>
      </Section>
    </div>
  );
}
