/**
 * The template gallery: one card per report template or blank form (TEMPLATES order) with its
 * description and a "Chèn" button at the bottom; a disabled button says why right above it.
 */
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular } from "@fluentui/react-icons";
import { useId, useMemo } from "react";
import type { Lang } from "../../core/messages";
import { tGallery } from "../../i18n/preview";
import type { TemplateId } from "../../reports";
import { galleryEntries } from "../view/galleryModel";

export interface GalleryProps {
  lang: Lang;
  canInsert: (id: TemplateId) => boolean;
  onInsert: (id: TemplateId) => void;
  busy: boolean;
  /** Outside Excel the template comes back as a downloaded .xlsx: say "Tải xuống", not "Chèn". */
  download?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  h: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(260px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  description: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  footer: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  /** Hint and button sit at the bottom, so that buttons line up across a row of cards. */
  bottom: {
    marginTop: "auto",
    paddingTop: tokens.spacingVerticalXS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  hint: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export function Gallery({ lang, canInsert, onInsert, busy, download = false }: GalleryProps) {
  const styles = useStyles();
  const base = useId();
  const entries = useMemo(() => galleryEntries(lang, canInsert, busy), [lang, canInsert, busy]);
  return (
    <section className={styles.root} aria-labelledby={`${base}-h`}>
      <Text as="h2" id={`${base}-h`} weight="semibold" size={400} className={styles.h}>
        {tGallery("heading", lang)}
      </Text>
      <ul className={styles.list}>
        {entries.map((e) => {
          const titleId = `${base}-${e.id}-t`;
          const descId = `${base}-${e.id}-d`;
          const hintId = `${base}-${e.id}-h`;
          return (
            <li key={e.id} className={styles.card} aria-labelledby={titleId} data-testid={`gallery-${e.id}`}>
              <h3 id={titleId} className={styles.title}>
                {e.label}
              </h3>
              <p id={descId} className={styles.description}>
                {e.description}
              </p>
              <div className={styles.bottom}>
                {e.hint && (
                  <p id={hintId} className={styles.hint}>
                    {e.hint}
                  </p>
                )}
                <div className={styles.footer}>
                  <Badge appearance="tint" color="informative" size="small">
                    {e.orientation}
                  </Badge>
                  <Button
                    appearance={e.disabled ? "secondary" : "primary"}
                    icon={download ? <ArrowDownloadRegular /> : <DocumentAddRegular />}
                    disabledFocusable={e.disabled}
                    aria-label={tGallery(download ? "downloadLabel" : "insertLabel", lang, { name: e.label })}
                    aria-describedby={e.hint ? `${hintId} ${descId}` : descId}
                    data-testid={`gallery-insert-${e.id}`}
                    data-pane-action=""
                    onClick={() => {
                      if (!e.disabled) onInsert(e.id);
                    }}
                  >
                    {tGallery(download ? "download" : "insert", lang)}
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
