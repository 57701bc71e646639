/** The CLI's own texts: its help and the mistakes in a call. German and English share this type. */
export interface CliMessages {
	/** `--help`, and after a usage mistake. */
	usage: string;
	usageErrors: {
		unknownCommand(command: string, commands: readonly string[]): string;
		needsValue(option: string): string;
		unknownOption(option: string): string;
		noVault: string;
		oneVault(vaults: readonly string[]): string;
		/** A value that is not written YYYY-MM-DD. */
		notADate(option: string, value: string): string;
		/** Written YYYY-MM-DD, but no day of the calendar (2026-02-30). */
		noSuchDay(option: string, value: string): string;
		lang(value: string): string;
		folderName(option: string): string;
		/** `--goals` given without a path. */
		goalsPath: string;
	};
	/** A stored plugin setting that failed validation: its default is used. */
	invalidSetting(key: string, file: string): string;
	/** The customer folder(s) the run looks in are not in the vault. */
	customerFolderMissing(folders: readonly string[]): string;
}
