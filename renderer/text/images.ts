/** Wording about pictures attached to a post. */
export const IMAGE_TEXT = {
  heading: 'Pictures',
  hint: (max: number) => `JPEG, PNG, WebP or GIF. Up to ${max} pictures, the most X and Bluesky take on one post. You can also drag pictures here or paste one.`,
  add: 'Add pictures',
  addMore: 'Add another picture',
  full: (max: number) => `This post has ${max} pictures, the most X and Bluesky take. Remove one to add another.`,
  dropHere: 'Drop pictures here to attach them',
  listLabel: 'Pictures attached to this post',
  adding: (name: string) => `Adding ${name}…`,
  added: (name: string) => `${name} added.`,
  removed: (name: string) => `${name} removed.`,
  /** Which picture it is: "Picture 1 of 2, photo.jpg". */
  pictureLabel: (index: number, total: number, name: string | undefined) => `Picture ${index + 1} of ${total}${name ? `, ${name}` : ''}`,
  noDescriptionYet: 'no description yet',
  describedAs: (label: string, altText: string) => `${label}: ${altText}`,
  altLabel: (index: number) => `Describe picture ${index + 1}`,
  altHint: 'Say what the picture shows, for people who cannot see it. Add it as the alt text when you upload the picture.',
  altNudge: 'No description yet. Most people who use screen readers rely on one.',
  remove: 'Remove picture',
  removeLocation: 'Remove location',
  locationRemoved: 'Location removed from the copy kept with this draft. Upload a copy without location, not the original photo.',
  locationRemovedAnnounced: (name: string) => `Location removed from ${name}.`,
  saveCopy: 'Save a copy without location…',
  savedCopy: (fileName: string) => `Saved ${fileName}. Upload that file with your post.`,
  // Problems
  notAttached: (name: string, reason: string) => `${name}: ${reason}`,
  tooBig: (megabytes: string, limit: string) => `This picture is ${megabytes} MB, but the largest picture accepted is ${limit} MB, so it was not attached.`,
  cannotOpen: 'This picture could not be opened: the file may be damaged or only partly saved.',
  tooMany: (max: number, left: number) =>
    left === 0 ? `This post already has ${max} pictures, the most X and Bluesky take. Remove one to add another.` : `Only ${left} more ${left === 1 ? 'picture fits' : 'pictures fit'}: a post takes up to ${max}. The rest were not attached.`,
  noDraftYet: 'Your draft could not be saved, so the picture was not attached. Try again.',
  /** Headings of findings about a picture, by message. */
  findingHeadings: {
    councilLogo: 'The council’s logo in a picture',
    photoLocation: 'A photo that shows where it was taken',
  } as Readonly<Record<string, string>>,
  // History
  pictures: (count: number) => (count === 1 ? '1 picture' : `${count} pictures`),
  recordPictures: 'Pictures',
  recordAlt: (altText: string) => `Description: ${altText}`,
  recordNoAlt: 'No description',
  recordLocationRemoved: 'Location removed before copying',
  recordHasLocation: 'Still carried its location',
  recordLogos: (logos: string) => `Council logo found: ${logos}`,
  recordHash: (hash: string) => `Fingerprint (SHA-256): ${hash.slice(0, 16)}…`,
};
