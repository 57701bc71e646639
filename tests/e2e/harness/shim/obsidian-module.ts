/**
 * The runtime part of the `obsidian` module that plugins get from `require("obsidian")`: the subset
 * Kundendossier uses, plus the few neighbours a plugin commonly reaches for.
 */
import yaml from "js-yaml";
import { setIcon } from "./dom";
import { Component, Events } from "./events";
import { MarkdownRenderChild, MarkdownRenderer } from "./markdown";
import { Menu, MenuItem } from "./menu";
import { FuzzySuggestModal, Modal, Notice } from "./modal";
import { Plugin } from "./plugin";
import { ButtonComponent, DropdownComponent, PluginSettingTab, Setting, TextComponent, ToggleComponent } from "./setting";
import { FileExplorerView, ItemView, MarkdownView, View } from "./views";
import { normalizePath, TAbstractFile, TFile, TFolder, Vault } from "./vault";
import { MetadataCache } from "./metadata-cache";
import { App } from "./app";
import { Workspace, WorkspaceLeaf } from "./workspace";

/** Obsidian's debounce: calls within `timeout` collapse into one call with the latest arguments. */
export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false) {
	let timer: number | null = null;
	let args: T | null = null;
	const fire = () => {
		timer = null;
		const a = args;
		args = null;
		if (a) cb(...a);
	};
	const debounced = (...next: T) => {
		args = next;
		if (timer !== null && resetTimer) window.clearTimeout(timer);
		if (timer === null || resetTimer) timer = window.setTimeout(fire, timeout);
		return debounced;
	};
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer === null) return undefined;
		window.clearTimeout(timer);
		return fire();
	};
	return debounced;
}

/** Obsidian's YAML parser; the harness reads frontmatter with the same schema as its metadata cache (see README). */
export function parseYaml(text: string): unknown {
	return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/** Obsidian's UI language lives in localStorage ("language"), English when unset. */
export function getLanguage(): string {
	return window.localStorage.getItem("language") || "en";
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
};

export const obsidianModule = {
	App,
	ButtonComponent,
	Component,
	debounce,
	DropdownComponent,
	Events,
	FileExplorerView,
	FuzzySuggestModal,
	getLanguage,
	ItemView,
	MarkdownRenderChild,
	MarkdownRenderer,
	MarkdownView,
	Menu,
	MenuItem,
	MetadataCache,
	Modal,
	normalizePath,
	Notice,
	parseYaml,
	Platform,
	Plugin,
	PluginSettingTab,
	requireApiVersion: () => true,
	setIcon,
	Setting,
	TAbstractFile,
	TextComponent,
	TFile,
	TFolder,
	ToggleComponent,
	Vault,
	View,
	Workspace,
	WorkspaceLeaf,
};
