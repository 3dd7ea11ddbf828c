import { useEditorT } from '../i18n.js';
import { ToolButton } from './ToolButton.js';
import { TOOL_GROUPS, toolStatus, type ToolbarStatus, type ToolId } from './tools.js';

/** Draws the toolbar's groups of buttons (see `TOOL_GROUPS`), each with its status and action. */
export function ToolGroups({ status, act }: { status: ToolbarStatus; act(id: ToolId): void }) {
  const t = useEditorT();
  return TOOL_GROUPS.map((group) => (
    <div key={group[0]!.id} className="bilan-rte__group">
      {group.map((tool) => (
        <ToolButton
          key={tool.id}
          icon={tool.icon}
          label={t(tool.label, tool.labelValues)}
          hint={tool.hint && t(tool.hint)}
          shortcut={tool.shortcut && t(tool.shortcut)}
          {...toolStatus(tool.id, status)}
          onClick={() => act(tool.id)}
        />
      ))}
    </div>
  ));
}
