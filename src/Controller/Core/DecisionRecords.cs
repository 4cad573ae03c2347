using System.Text;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;

namespace Autoscaler.Controller.Core;

/// <summary>Turns a decision into its persisted row: counts, reason, the figures and the servers it named.</summary>
internal static class DecisionRecords
{
    public static DecisionRecord From(ScalingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var detail = new StringBuilder(decision.Detail);
        Append(detail, "undrain", decision.Undrain);
        Append(detail, "drain", decision.Drain);
        Append(detail, "delete", decision.Delete);
        Append(detail, "reboot", decision.Reboot);
        Append(detail, "replace", decision.Replace);
        var text = detail.ToString();
        return new DecisionRecord
        {
            Fleet = decision.Fleet,
            At = decision.At,
            Reason = decision.Reason,
            Create = decision.Create,
            Undrain = decision.Undrain.Count,
            Drain = decision.Drain.Count,
            Delete = decision.Delete.Count,
            Reboot = decision.Reboot.Count,
            Replace = decision.Replace.Count,
            DryRun = decision.DryRun,
            Detail = text.Length <= 4096 ? text : text[..4096],
        };
    }

    private static void Append(StringBuilder detail, string verb, IReadOnlyList<ServerAction> actions)
    {
        if (actions.Count == 0)
        {
            return;
        }

        detail.Append("; ").Append(verb).Append(':');
        foreach (var action in actions.Take(20))
        {
            detail.Append(' ').Append(action.ServerId).Append(" (").Append(action.Reason).Append(')');
        }

        if (actions.Count > 20)
        {
            detail.Append(" and ").Append(actions.Count - 20).Append(" more");
        }
    }
}
