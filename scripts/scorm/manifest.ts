/**
 * imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th Edition packages of Mingle.
 *
 * One resource (the launch page, lms.html) lists every file of the package; each scenario is an item
 * (a SCO) pointing at it with `parameters="?scenario=<id>"`, so the LMS tracks each scenario on its own
 * (its status, score, objectives and interactions). The mastery threshold set at packaging time goes
 * where each version keeps it: `adlcp:masteryscore` (1.2, 0–100) and the primary objective's
 * `minNormalizedMeasure` with `satisfiedByMeasure` (2004); the LMS hands it to the SCO as
 * `cmi.student_data.mastery_score` / `cmi.scaled_passing_score`. In 2004 the organization's sequencing
 * allows choice and flow, so a learner takes the scenarios in any order.
 *
 * The XSD files are not shipped (they are ADL's and IMS's to publish, not ours to copy), so the
 * manifests declare their namespaces without `xsi:schemaLocation`; LMSs read them by namespace.
 */

export type ScormVersion = '1.2' | '2004';

export interface CourseItem {
  readonly scenario: string;
  readonly title: string;
}

export interface CourseSpec {
  /** The manifest's identifier: unique per package, stable across builds of the same package. */
  readonly identifier: string;
  readonly title: string;
  readonly items: readonly CourseItem[];
  /** Share 0..1 of the scenario's possible range needed to pass. */
  readonly mastery: number;
  /** Every file of the package except imsmanifest.xml, as zip paths. */
  readonly files: readonly string[];
  readonly launch: string;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const RESOURCE_ID = 'mingle-launch';
const ORG_ID = 'mingle-org';

function itemId(scenario: string): string {
  return `item-${scenario}`;
}

function fileList(spec: CourseSpec, indent: string): string {
  return spec.files.map((f) => `${indent}<file href="${escapeXml(f)}"/>`).join('\n');
}

/** One item (SCO) per scenario, each launching the one resource with its scenario; `mastery` is the
 * version's own element that carries the pass mark. */
function itemsXml(spec: CourseSpec, mastery: string): string {
  return spec.items
    .map(
      (item) =>
        `      <item identifier="${itemId(item.scenario)}" identifierref="${RESOURCE_ID}" isvisible="true" parameters="?scenario=${escapeXml(item.scenario)}">
        <title>${escapeXml(item.title)}</title>
${mastery}
      </item>`,
    )
    .join('\n');
}

export function manifest12(spec: CourseSpec): string {
  const mastery = Math.round(spec.mastery * 100);
  const items = itemsXml(spec, `        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(spec.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${ORG_ID}">
    <organization identifier="${ORG_ID}">
      <title>${escapeXml(spec.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
    <resource identifier="${RESOURCE_ID}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(spec.launch)}">
${fileList(spec, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function manifest2004(spec: CourseSpec): string {
  const measure = String(Math.round(spec.mastery * 10_000) / 10_000);
  const items = itemsXml(
    spec,
    `        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(spec.identifier)}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${ORG_ID}">
    <organization identifier="${ORG_ID}">
      <title>${escapeXml(spec.title)}</title>
${items}
      <imsss:sequencing>
        <imsss:controlMode choice="true" choiceExit="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${RESOURCE_ID}" type="webcontent" adlcp:scormType="sco" href="${escapeXml(spec.launch)}">
${fileList(spec, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function manifestFor(version: ScormVersion, spec: CourseSpec): string {
  return version === '2004' ? manifest2004(spec) : manifest12(spec);
}
