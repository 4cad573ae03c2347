using System.Globalization;
using System.Text;

namespace Autoscaler.Simulator.Reporting;

/// <summary>Renders a report as a plain-text table, one row per policy, then each policy's decisions by reason.</summary>
internal static class TableReport
{
    private static readonly string[] Headers =
    [
        "policy", "server-h", "bound-h", "ratio", "billed-h", "denied", "max wait", "creates", "deletes", "reboots",
        "occ.del", "api calls", "peak",
    ];

    public static string Render(SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"trace {report.Trace}: {report.TraceDescription} ({report.TraceHours:0.##} h, peak {report.PeakPlayers:0} players)").AppendLine();
        text.Append(c, $"world: {report.Settings}").AppendLine().AppendLine();

        var rows = report.Runs.Select(r => new[]
        {
            r.Policy,
            r.Score.ServerHours.ToString("0.0", c),
            r.Score.LowerBoundServerHours.ToString("0.0", c),
            r.Score.Ratio.ToString("0.000", c),
            r.Score.BilledHours.ToString("0", c),
            r.Score.DeniedJoins.ToString(c),
            FormatWait(r.Score.LongestWaitSeconds),
            r.Score.Creates.ToString(c),
            r.Score.Deletes.ToString(c),
            r.Score.Reboots.ToString(c),
            r.Score.OccupiedServersDeleted.ToString(c),
            r.Score.CloudApiCalls.ToString(c),
            r.Score.PeakServers.ToString(c),
        }).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        AppendRow(text, Headers, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }

        foreach (var run in report.Runs)
        {
            text.AppendLine().Append(c, $"{run.Policy}: {run.Description}").AppendLine();
            foreach (var (reason, count) in run.Score.DecisionsByReason)
            {
                text.Append(c, $"  {count,7}  {reason}").AppendLine();
            }

            if (run.Score.ApiCallsByOperation.Count > 0)
            {
                text.Append("  cloud API: ").AppendJoin(", ", run.Score.ApiCallsByOperation.Select(p => string.Create(c, $"{p.Key} {p.Value}"))).AppendLine();
            }
        }

        foreach (var note in report.Notes)
        {
            text.AppendLine().Append("note: ").Append(note);
        }

        return text.AppendLine().ToString();
    }

    internal static string FormatWait(double seconds) => seconds switch
    {
        0 => "0",
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{seconds:0} s"),
        < 7200 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0.#} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.#} h"),
    };

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i == 0)
            {
                text.Append(cells[i].PadRight(widths[i]));
            }
            else
            {
                text.Append("  ").Append(cells[i].PadLeft(widths[i]));
            }
        }

        text.AppendLine();
    }
}
