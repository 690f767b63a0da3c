import { ACTIVITY_BINS } from '../utils/bins';

/** The map's key: the shading of each activity band, and the markers of high-harm places. */
export function MapKey() {
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-top-4">Key</h3>
      <ul className="app-map-legend govuk-body-s">
        {ACTIVITY_BINS.map((b) => (
          <li key={b.label}>
            <span className="app-map-legend__swatch" style={{ background: b.colour }} aria-hidden="true" />
            {b.label}
          </li>
        ))}
        <li>
          <span className="app-map-legend__swatch" style={{ background: '#d4351c', borderRadius: '50%', width: 16 }} aria-hidden="true" />
          High-harm place
        </li>
        <li>
          <span className="app-map-legend__swatch app-map-legend__swatch--cluster" aria-hidden="true" />
          High-harm places close together: select the number to list them
        </li>
      </ul>
    </>
  );
}
