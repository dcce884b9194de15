import { DOCX_MIME, downloadBytes, XLSX_MIME, type DownloadEnv } from "./download";

describe("downloadBytes", () => {
  it("clicks an <a download> on a blob: URL of the bytes, then removes it and revokes the URL", async () => {
    const events: string[] = [];
    const link = {
      href: "",
      download: "",
      rel: "",
      style: { display: "" },
      click: () => events.push(`click ${link.download} ${link.href} ${link.style.display}`),
      remove: () => events.push("remove"),
    };
    let blob: Blob | undefined;
    let revoke: (() => void) | undefined;
    const env: DownloadEnv = {
      document: {
        createElement: ((tag: string) => {
          events.push(`create ${tag}`);
          return link;
        }) as unknown as Document["createElement"],
        body: { appendChild: () => events.push("append") } as unknown as Document["body"],
      },
      URL: {
        createObjectURL: (b: Blob) => {
          blob = b;
          return "blob:https://localhost:3000/1";
        },
        revokeObjectURL: (url: string) => void events.push(`revoke ${url}`),
      },
      Blob,
      later: (f) => {
        revoke = f;
      },
    };
    downloadBytes("Báo cáo.xlsx", new Uint8Array([80, 75, 3, 4]), env);
    expect(events).toEqual([
      "create a",
      "append",
      "click Báo cáo.xlsx blob:https://localhost:3000/1 none",
      "remove",
    ]);
    expect(link.rel).toBe("noopener");
    expect(blob?.type).toBe(XLSX_MIME);
    expect([...new Uint8Array(await (blob as Blob).arrayBuffer())]).toEqual([80, 75, 3, 4]);
    revoke?.();
    expect(events[events.length - 1]).toBe("revoke blob:https://localhost:3000/1");
  });

  it("gives a Word file the Word type", () => {
    const blobs: Blob[] = [];
    const env: DownloadEnv = {
      document: {
        createElement: (() => ({
          style: {},
          click: () => undefined,
          remove: () => undefined,
        })) as unknown as Document["createElement"],
        body: { appendChild: () => undefined } as unknown as Document["body"],
      },
      URL: { createObjectURL: (b: Blob) => (blobs.push(b), "blob:x"), revokeObjectURL: () => undefined },
      Blob,
      later: () => undefined,
    };
    downloadBytes("Báo cáo.docx", new Uint8Array([1]), env);
    downloadBytes("Báo cáo.xlsx", new Uint8Array([1]), env);
    expect(blobs.map((b) => b.type)).toEqual([DOCX_MIME, XLSX_MIME]);
  });
});
