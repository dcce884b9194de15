/** The translator of the ribbon's one-click commands; the texts are in src/core/messages/commands.ts. */
import { COMMANDS, translator } from "../core/messages";

export type CommandStringKey = keyof typeof COMMANDS;

export const t = translator(COMMANDS);
