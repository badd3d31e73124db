import { useState, type ReactNode } from 'react';
import type { MoProblem } from '../../../src/bridge/contract.js';
import { fieldId, formatPath, isObject, listAt, placeOf, problemsAt, problemsInItem, problemsInSection, unknownKeys, withItemInserted, withItemRemoved, withItemsAdded, withoutKeys, type Json, type JsonObject, type MoSection } from '../../logic/mo-pack.js';
import { sortedIndexes, type SortDirection } from '../../logic/mo-rules.js';
import { MO_TEXT } from '../../text/mo.js';
import { useMo } from './context.js';

/** A section of the editor: its heading, what it is for, and problems that belong to no one field. */
export function Section({ section, intro, children }: { readonly section: MoSection; readonly intro: string; readonly children: ReactNode }) {
  const { problems } = useMo();
  const loose = problemsInSection(problems, section).filter((problem) => placeOf(problem.path).field === null);
  return (
    <section className="mo-section" aria-labelledby={`mo-section-${section}`}>
      <h2 id={`mo-section-${section}`} tabIndex={-1}>
        {MO_TEXT.sections[section]}
      </h2>
      <p className="mo-section__intro">{intro}</p>
      {loose.length > 0 ? <ProblemList heading={MO_TEXT.editor.sectionProblems} problems={loose} /> : null}
      {children}
    </section>
  );
}

/** Problems shown together (a section's or an item's), each with its fix when the window can make it. */
export function ProblemList({ heading, problems }: { readonly heading: string; readonly problems: readonly MoProblem[] }) {
  const { edit } = useMo();
  return (
    <div className="mo-problems" role="group" aria-label={heading}>
      <p className="mo-problems__heading">{heading}</p>
      <ul>
        {problems.map((problem, index) => {
          const keys = unknownKeys(problem);
          return (
            <li key={`${problem.path}-${index}`}>
              <span className="error-message mo-inline">
                {problem.path ? <code>{problem.path}</code> : null} {problem.message}
              </span>
              {keys ? (
                <button type="button" className="button button--secondary button--small" onClick={() => edit((pack) => withoutKeys(pack, problem.path, keys))}>
                  {MO_TEXT.editor.removeUnknown}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export interface Column {
  readonly key: string;
  readonly heading: string;
  cell(item: JsonObject, index: number): ReactNode;
  /** Makes the column sortable by this text. */
  sortKey?(item: JsonObject): string;
  /** Keeps the cell's text on one line (a reference, a date). */
  readonly nowrap?: boolean;
}

interface ItemTableProps {
  /** The pack's list this table edits ("pendingMatters"). */
  readonly list: string;
  readonly caption: string;
  readonly columns: readonly Column[];
  /** A short name for an item, for its buttons ("Edit 24/01234/FUL"). */
  describe(item: JsonObject, index: number): string;
  /** The form for one item. */
  editor(index: number): ReactNode;
  /** Items are added with this button (left out where they are added another way). */
  readonly addLabel?: string;
  newItem?(): Json;
  /** The field focused when an item is added. */
  readonly firstField: string;
  /** The section's heading, focused after a removal when there is no add button. */
  readonly section?: MoSection;
}

const asObject = (item: Json | undefined): JsonObject => (isObject(item) ? item : {});

/**
 * A list of the pack as a table: one row per item, with its problems counted, and Edit and
 * Remove for each. Editing opens the item's form under its row; every change is kept as it is
 * typed. Removing can be undone. Columns with a sort key sort by their heading's button.
 */
export function ItemTable({ list, caption, columns, describe, editor, newItem, addLabel, firstField, section }: ItemTableProps) {
  const { pack, problems, edit, open, setOpen, requestFocus, announce } = useMo();
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | null>(null);
  const items = listAt(pack, list);
  const sortColumn = sort ? columns.find((column) => column.key === sort.key) : undefined;
  const order = sortedIndexes(items, sortColumn?.sortKey ? (item) => sortColumn.sortKey?.(asObject(item)) ?? '' : null, sort?.direction ?? 'ascending');
  const addId = `${fieldId(list)}-add`;
  const span = columns.length + 1;

  const add = (): void => {
    if (!newItem) return;
    const index = items.length;
    edit((current) => withItemsAdded(current, list, [newItem()]));
    setOpen({ list, index });
    requestFocus(fieldId(`${list}[${index}].${firstField}`));
  };

  const remove = (index: number): void => {
    const item = items[index];
    if (item === undefined) return;
    const name = describe(asObject(item), index);
    edit((current) => withItemRemoved(current, list, index));
    if (open?.list === list) setOpen(open.index === index ? null : open.index > index ? { list, index: open.index - 1 } : open);
    requestFocus(addLabel ? addId : `mo-section-${section ?? ''}`);
    announce(MO_TEXT.editor.removed(name), () => edit((current) => withItemInserted(current, list, index, item)));
  };

  const toggleSort = (key: string): void => setSort((current) => (current?.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' }));

  return (
    <div className="mo-table-wrap">
      <table className="mo-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort?.key === column.key ? sort.direction : column.sortKey ? 'none' : undefined}>
                {column.sortKey ? (
                  <button type="button" className="mo-sort" onClick={() => toggleSort(column.key)}>
                    {column.heading}
                    <span className="mo-sort__arrow" aria-hidden="true">
                      {sort?.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  column.heading
                )}
              </th>
            ))}
            <th scope="col">{MO_TEXT.editor.actions}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={span}>{MO_TEXT.editor.none}</td>
            </tr>
          ) : null}
          {order.map((index) => {
            const item = asObject(items[index]);
            const name = describe(item, index);
            const isOpen = open?.list === list && open.index === index;
            const itemPath = formatPath([list, index]);
            const count = problemsInItem(problems, list, index).length;
            const editorId = `${fieldId(itemPath)}-editor`;
            return [
              <tr key={`row-${index}`} className={isOpen ? 'mo-table__row--open' : undefined}>
                {columns.map((column, at) =>
                  at === 0 ? (
                    <th scope="row" key={column.key} className={column.nowrap ? 'mo-nowrap' : undefined}>
                      {column.cell(item, index)}
                      {count > 0 ? (
                        <span className="mo-tag mo-tag--problem mo-tag--block">{MO_TEXT.editor.problemCount(count)}</span>
                      ) : null}
                    </th>
                  ) : (
                    <td key={column.key} className={column.nowrap ? 'mo-nowrap' : undefined}>
                      {column.cell(item, index)}
                    </td>
                  ),
                )}
                <td className="mo-table__actions">
                  <div className="mo-table__buttons">
                  <button
                    type="button"
                    id={`${fieldId(itemPath)}-toggle`}
                    className="button button--secondary button--small"
                    aria-expanded={isOpen}
                    aria-controls={isOpen ? editorId : undefined}
                    aria-label={isOpen ? MO_TEXT.editor.closeLabel(name) : MO_TEXT.editor.editLabel(name)}
                    onClick={() => {
                      setOpen(isOpen ? null : { list, index });
                      if (!isOpen) requestFocus(fieldId(itemPath));
                    }}
                  >
                    {isOpen ? MO_TEXT.editor.close : MO_TEXT.editor.edit}
                  </button>
                  <button type="button" className="button button--secondary button--small" aria-label={MO_TEXT.editor.removeLabel(name)} onClick={() => remove(index)}>
                    {MO_TEXT.editor.remove}
                  </button>
                  </div>
                </td>
              </tr>,
              isOpen ? (
                <tr key={`editor-${index}`} className="mo-table__editor">
                  <td colSpan={span}>
                    <div id={editorId} className="mo-item">
                      <h3 id={fieldId(itemPath)} tabIndex={-1}>
                        {MO_TEXT.editor.editing(name)}
                      </h3>
                      <ItemProblems path={itemPath} />
                      {editor(index)}
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => {
                          setOpen(null);
                          requestFocus(`${fieldId(itemPath)}-toggle`);
                        }}
                      >
                        {MO_TEXT.editor.done}
                      </button>
                    </div>
                  </td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
      {addLabel ? (
        <button type="button" id={addId} className="button button--secondary" onClick={add}>
          {addLabel}
        </button>
      ) : null}
    </div>
  );
}

/** Problems with an item as a whole (an unknown field in it, say). */
function ItemProblems({ path }: { readonly path: string }) {
  const { problems } = useMo();
  const own = problemsAt(problems, path);
  return own.length > 0 ? <ProblemList heading={MO_TEXT.editor.itemProblems} problems={own} /> : null;
}
