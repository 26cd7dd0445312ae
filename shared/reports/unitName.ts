// How a unit's name is laid out in a report's masthead (and the Settings preview of it).

/** A Chinese name in two parts ("…人力资源和社会保障局 对口支援…工作小组") is two lines; an English name stays whole. */
export const unitLines = (name: string): string[] => name.trim().split(/(?<=[\u3400-\u9fff）])\s+(?=[\u3400-\u9fff（])/);
