/**
 * The task pane: header, then two tabs ("Báo cáo": file, job, tables, columns, problems, rules,
 * preview, report details; "Mẫu báo cáo": the gallery), and the action bar at the bottom. All state
 * and work live in {@link PaneController}; this file only lays them out. Text from the workbook (unit
 * names, headers, sheet and file names) is always rendered as React text, never as HTML.
 */
import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  mergeClasses,
  Spinner,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentAddRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { t } from "../i18n/app";
import type { TemplateId } from "../reports";
import { ACTION_BAR_MAX_HEIGHT, ActionBar } from "./components/ActionBar";
import { ConsolidateSection } from "./components/ConsolidateSection";
import { DetailsForm } from "./components/DetailsForm";
import { FilePicker } from "./components/FilePicker";
import { Gallery } from "./components/Gallery";
import { IssueList } from "./components/IssueList";
import { JobPicker } from "./components/JobPicker";
import { MappingTable } from "./components/MappingTable";
import { PaneHeader } from "./components/PaneHeader";
import { Preview } from "./components/Preview";
import { Proposals } from "./components/Proposals";
import { ExcessPlanView } from "./components/ExcessPlanView";
import { RoadmapOptions } from "./components/RoadmapOptions";
import { RuleOptions } from "./components/RuleOptions";
import { Section } from "./components/Section";
import { TablesSection } from "./components/TablesSection";
import type { Host } from "./host";
import { templateAvailable } from "../jobs";
import { enteredCapTypes, familyUnknown } from "./jobs";
import { onNotice } from "./notify";
import { PaneController, paneProblems, type FocusTarget } from "./state/controller";
import { sidesOf, unitTypeOrigin, type Side } from "./state/logic";

/**
 * Moves keyboard focus to the result of what just finished (the preview, the message, the
 * confirmation), unless the user has moved on to another control meanwhile: focus left on the
 * page's body (a button disabled while busy loses it) or on the control that started the work.
 */
function moveFocus(target: FocusTarget): void {
  const active = document.activeElement;
  const free = !active || active === document.body || active.closest("[data-pane-action]") !== null;
  if (!free) return;
  const element = document.querySelector<HTMLElement>(`[data-focus="${target}"]`);
  if (!element) return;
  element.focus();
  if (target === "preview") element.scrollIntoView({ block: "start" });
}

/**
 * Page-wide rules. A native <select> is as wide as its longest option (a rule set's full title): let it shrink to the
 * pane instead of pushing the page wider than a 320 px task pane.
 */
const useStaticStyles = makeStaticStyles({
  // Keyboard focus scrolled into view stays above the sticky action bar (at most a fifth of the pane).
  html: { scrollPaddingBottom: ACTION_BAR_MAX_HEIGHT },
  body: { margin: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
  ".fui-Field, .fui-Select, .fui-Input": { minWidth: 0 },
});

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, colorScheme: "light" },
  // Native parts (date pickers, scrollbars) follow the theme too.
  dark: { colorScheme: "dark" },
  frame: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    rowGap: tokens.spacingVerticalM,
  },
  page: { maxWidth: "760px", marginLeft: "auto", marginRight: "auto", width: "100%" },
  body: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXL,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalL,
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  loading: { padding: tokens.spacingVerticalXXL },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type TabValue = "report" | "gallery";

export interface AppProps {
  host: Host;
  /** A controller made elsewhere (tests of the page); default: one over `host`. */
  controller?: PaneController;
}

export function App({ host, controller: given }: AppProps) {
  useStaticStyles();
  const styles = useStyles();
  const controller = useMemo(() => given ?? new PaneController(host), [given, host]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const [tab, setTab] = useState<TabValue>("report");
  const [mappingSide, setMappingSide] = useState<Side>("before");

  useEffect(() => {
    void controller.init();
    const stop = onNotice((notice) => controller.notice(notice));
    const flush = (): void => void controller.flushSettings();
    window.addEventListener("pagehide", flush);
    return () => {
      stop();
      window.removeEventListener("pagehide", flush);
      void controller.flushSettings();
    };
  }, [controller]);

  const { lang, settings, busy, analysis } = state;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const focusRequest = state.focus;
  useEffect(() => {
    if (!focusRequest) return;
    // After the paint that shows the result (and re-enables the controls).
    const frame = requestAnimationFrame(() => moveFocus(focusRequest.target));
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);

  const problems = useMemo(() => paneProblems(state), [state]);
  const canInsert = useCallback((id: TemplateId) => templateAvailable(id, analysis), [analysis]);
  const onInsertTemplate = useCallback((id: TemplateId) => void controller.insertTemplate(id), [controller]);

  const isBusy = busy !== undefined;
  const sides = sidesOf(settings.job);
  const readSides = sides.filter((side) => state[side].columns.length > 0 && !controller.isStale(side));
  const shownSide: Side | undefined = readSides.includes(mappingSide) ? mappingSide : readSides[0];
  const anyRead = sides.some((side) => state[side].readFrom !== undefined);
  const theme = host.dark ? webDarkTheme : webLightTheme;
  const page = host.kind === "file";
  const origin = unitTypeOrigin(
    settings.unitType,
    sides.map((side) => state[side].table),
  );
  const consolidating = settings.job === "consolidate";
  const fileError = (reason: string, name: string) =>
    controller.notice({ intent: "error", text: t("fileReadFailed", lang, { name, reason }) });

  const reportTab = (
    <>
      {controller.needsFile && !consolidating && (
        <FilePicker
          lang={lang}
          fileName={state.fileName}
          busy={isBusy}
          onFile={(name, bytes) => void controller.openFile(name, bytes)}
          onError={fileError}
        />
      )}
      <JobPicker lang={lang} job={settings.job} disabled={isBusy} onJob={(job) => controller.setJob(job)} />

      {sides.length > 0 && (
        <TablesSection
          lang={lang}
          sides={sides}
          hostKind={host.kind}
          sources={state.sources}
          settings={settings}
          state={{ before: state.before, after: state.after }}
          stale={(side) => controller.isStale(side)}
          busy={isBusy}
          onSource={(side, ref) => controller.setSource(side, ref)}
          onRead={() => void controller.read()}
          onRefresh={controller.needsFile ? undefined : () => void controller.refreshSources({ peek: true })}
          afterFile={
            controller.needsFile && state.sources && settings.job === "compare"
              ? {
                  mainFileName: state.fileName,
                  fileName: state.afterFileName,
                  sources: state.afterSources,
                  onOpen: (name, bytes) => void controller.openAfterFile(name, bytes),
                  onClose: () => void controller.closeAfterFile(),
                  onError: fileError,
                }
              : undefined
          }
        />
      )}

      {consolidating && (
        <ConsolidateSection
          lang={lang}
          consolidation={state.consolidation}
          stale={controller.consolidationStale}
          busy={isBusy}
          onFiles={(files) => void controller.addReturns(files)}
          onClear={() => controller.clearReturns()}
          onReread={() => void controller.reconsolidate()}
          onUseLater={(useLater) => controller.setUseLater(useLater)}
        />
      )}

      {shownSide && (
        <Section title={t("mappingTitle", lang)} description={t("mappingHint", lang)} testId="mapping">
          {readSides.length === 2 && (
            <TabList
              size="small"
              selectedValue={shownSide}
              aria-label={t("mappingSides", lang)}
              onTabSelect={(_e, d) => setMappingSide(d.value as Side)}
            >
              <Tab value="before" data-testid="mapping-side-before">
                {t("sideBeforeLong", lang)}
              </Tab>
              <Tab value="after" data-testid="mapping-side-after">
                {t("sideAfterLong", lang)}
              </Tab>
            </TabList>
          )}
          <MappingTable
            lang={lang}
            columns={state[shownSide].columns}
            disabled={isBusy}
            onChange={(col, field) => void controller.remap(shownSide, col, field)}
          />
        </Section>
      )}

      {(anyRead || problems.length > 0) && (
        <Section title={t("problemsTitle", lang)} testId="problems">
          <IssueList
            lang={lang}
            items={problems}
            canSelect={controller.canSelect}
            onSelect={(address) => void controller.selectCell(address)}
          />
        </Section>
      )}

      {(sides.length > 0 || consolidating) && (
        <RuleOptions
          lang={lang}
          settings={settings}
          perAgency={consolidating}
          disabled={isBusy}
          capTypes={enteredCapTypes(analysis)}
          askFamily={settings.family === undefined && familyUnknown(analysis)}
          onChange={(patch) => controller.updateSettings(patch)}
        />
      )}
      {settings.job === "roadmap" && (
        <RoadmapOptions
          lang={lang}
          value={settings.roadmap}
          disabled={isBusy}
          onChange={(roadmap) => controller.updateSettings({ roadmap })}
        />
      )}
      {settings.job === "tracker" && (
        <Section title={t("trackerTitle", lang)} description={t("trackerHint", lang)} />
      )}

      {analysis && sides.length > 0 && <Preview analysis={analysis} lang={lang} unitTypeOrigin={origin} />}
      {analysis && state.excessPlan && (
        <ExcessPlanView
          plan={state.excessPlan}
          lang={lang}
          download={host.kind === "file"}
          disabled={isBusy}
          onInsert={() => void controller.insertExcessPlan()}
        />
      )}
      {analysis && state.proposals && (
        <Proposals
          result={state.proposals}
          lang={lang}
          download={host.kind === "file"}
          disabled={isBusy}
          onInsert={() => void controller.insertProposals()}
        />
      )}

      <div>
        <DetailsForm
          value={settings.details}
          lang={lang}
          onChange={(details) => controller.setDetails(details)}
        />
        <p className={styles.muted}>
          <small>{t("detailsHint", lang)}</small>
        </p>
      </div>
    </>
  );

  return (
    <FluentProvider
      theme={theme}
      className={mergeClasses(styles.provider, host.dark && styles.dark)}
      lang={lang}
    >
      <div className={mergeClasses(styles.frame, page && styles.page)}>
        <PaneHeader lang={lang} onLang={(next) => controller.setLang(next)} />
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          aria-label={t("tabsLabel", lang)}
          onTabSelect={(_e, d) => setTab(d.value as TabValue)}
        >
          <Tab value="report" data-testid="tab-report">
            {t("tabReport", lang)}
          </Tab>
          <Tab value="gallery" data-testid="tab-gallery">
            {t("tabGallery", lang)}
          </Tab>
        </TabList>
        <main className={styles.body}>
          {!state.ready ? (
            <Spinner className={styles.loading} label={t("loading", lang)} />
          ) : tab === "report" ? (
            reportTab
          ) : (
            <div data-testid="gallery">
              <Gallery
                lang={lang}
                canInsert={canInsert}
                onInsert={onInsertTemplate}
                busy={isBusy}
                download={host.kind === "file"}
              />
            </div>
          )}
        </main>
        <ActionBar
          lang={lang}
          busy={busy?.task === "load" ? undefined : busy}
          message={state.message}
          onDismiss={() => controller.dismissMessage()}
          primary={
            tab === "report" && state.ready
              ? {
                  label: t(host.kind === "excel" ? "insertExcel" : "insertFile", lang),
                  icon: host.kind === "excel" ? <DocumentAddRegular /> : <ArrowDownloadRegular />,
                  onClick: () => void controller.insertReport(),
                }
              : undefined
          }
          secondary={
            tab !== "report" || !state.ready
              ? undefined
              : host.word
                ? {
                    label: t("downloadWord", lang),
                    icon: <DocumentTextRegular />,
                    onClick: () => void controller.insertReport("docx"),
                  }
                : host.openInBrowser
                  ? {
                      label: t("openInBrowser", lang),
                      icon: <DocumentTextRegular />,
                      onClick: () => void controller.openInBrowser(),
                    }
                  : undefined
          }
          confirm={
            state.confirm
              ? {
                  onConfirm: () => void controller.confirmReport(),
                  onCancel: () => controller.cancelConfirm(),
                }
              : undefined
          }
        />
      </div>
    </FluentProvider>
  );
}
