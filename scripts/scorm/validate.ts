/**
 * Checks a SCORM package the way an LMS's import does, and a little stricter: the manifest is
 * well-formed XML in the right namespaces with the right schema version; identifiers are unique; the
 * default organization exists; every item points at a resource; every file the manifest names is in
 * the zip, and every file in the zip is named by the manifest (an LMS may copy only what is listed).
 * Returns the problems, one sentence each; an empty list means the package is sound.
 */
import { createRequire } from 'node:module';
import type { ScormVersion } from './manifest.ts';

/** jsdom ships no types of its own: the little of it used here, typed by hand. */
interface Jsdom {
  JSDOM: new (html: string) => { readonly window: { DOMParser: typeof DOMParser; close(): void } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as Jsdom;

const NS: Record<ScormVersion, { cp: string; adlcp: string; schemaversion: string }> = {
  '1.2': {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    schemaversion: '1.2',
  },
  '2004': {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    schemaversion: '2004 4th Edition',
  },
};

export interface PackageCheck {
  readonly problems: string[];
  /** The items (SCOs) with their launch: href plus parameters. */
  readonly launches: { readonly item: string; readonly href: string }[];
}

export function validatePackage(
  version: ScormVersion,
  files: ReadonlyMap<string, Uint8Array>,
): PackageCheck {
  const problems: string[] = [];
  const launches: { item: string; href: string }[] = [];
  const bytes = files.get('imsmanifest.xml');
  if (!bytes) return { problems: ['imsmanifest.xml is missing from the package root'], launches };
  const text = new TextDecoder().decode(bytes);
  const { window } = new JSDOM('');
  const doc = new window.DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error)
    return {
      problems: [`imsmanifest.xml is not well-formed XML: ${error.textContent ?? ''}`],
      launches,
    };

  const ns = NS[version];
  const root = doc.documentElement;
  if (root.localName !== 'manifest' || root.namespaceURI !== ns.cp) {
    problems.push(`the root element must be <manifest> in ${ns.cp}`);
  }
  const byTag = (name: string) => [...doc.getElementsByTagNameNS(ns.cp, name)];
  const schema = byTag('schemaversion')[0]?.textContent?.trim();
  if (schema !== ns.schemaversion) {
    problems.push(`schemaversion is "${schema ?? ''}", expected "${ns.schemaversion}"`);
  }
  if (byTag('schema')[0]?.textContent?.trim() !== 'ADL SCORM')
    problems.push('schema must be "ADL SCORM"');

  const ids = new Map<string, number>();
  for (const el of doc.getElementsByTagName('*')) {
    const id = el.getAttribute('identifier');
    if (id !== null) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  if (!root.getAttribute('identifier')) problems.push('the manifest has no identifier');
  for (const [id, count] of ids)
    if (count > 1) problems.push(`identifier "${id}" is used ${count} times`);

  const organizations = byTag('organizations')[0];
  const orgs = byTag('organization');
  const defaultOrg = organizations?.getAttribute('default') ?? '';
  if (!orgs.some((o) => o.getAttribute('identifier') === defaultOrg)) {
    problems.push(`the default organization "${defaultOrg}" does not exist`);
  }

  const resources = new Map(byTag('resource').map((r) => [r.getAttribute('identifier') ?? '', r]));
  const scormType = version === '2004' ? 'scormType' : 'scormtype';
  const listed = new Set<string>();
  for (const [id, resource] of resources) {
    const type = resource.getAttributeNS(ns.adlcp, scormType);
    if (type !== 'sco' && type !== 'asset')
      problems.push(`resource "${id}" has no adlcp:${scormType}`);
    const href = resource.getAttribute('href');
    if (href !== null && !files.has(href))
      problems.push(`resource "${id}" launches "${href}", which is not in the package`);
    for (const file of resource.getElementsByTagNameNS(ns.cp, 'file')) {
      const path = file.getAttribute('href') ?? '';
      listed.add(path);
      if (!files.has(path))
        problems.push(`the manifest lists "${path}", which is not in the package`);
    }
  }
  for (const item of byTag('item')) {
    const ref = item.getAttribute('identifierref');
    const itemId = item.getAttribute('identifier') ?? '?';
    if (ref === null) continue;
    const resource = resources.get(ref);
    if (!resource) {
      problems.push(`item "${itemId}" points at resource "${ref}", which does not exist`);
      continue;
    }
    launches.push({
      item: itemId,
      href: `${resource.getAttribute('href') ?? ''}${item.getAttribute('parameters') ?? ''}`,
    });
  }
  if (launches.length === 0) problems.push('no item launches anything');
  for (const path of files.keys()) {
    if (path !== 'imsmanifest.xml' && !listed.has(path))
      problems.push(`"${path}" is in the package but not in the manifest`);
  }
  window.close();
  return { problems, launches };
}
