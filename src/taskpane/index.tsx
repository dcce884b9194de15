/** Task pane entry (skeleton; the UI replaces it). */
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) createRoot(root).render(<p>Tinh Gọn</p>);
