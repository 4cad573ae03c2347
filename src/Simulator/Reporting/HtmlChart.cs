using System.Globalization;
using System.Net;
using System.Text;
using Autoscaler.Simulator.Scoring;

namespace Autoscaler.Simulator.Reporting;

/// <summary>Renders a self-contained HTML page (inline SVG, no scripts, no network) with one chart per policy:
/// players wanting to play, player slots on ready servers, and servers over time; all charts share their scales.</summary>
internal static class HtmlChart
{
    private const int Width = 960;
    private const int Height = 260;
    private const int Left = 60;
    private const int Right = 60;
    private const int Top = 20;
    private const int Bottom = 30;

    public static string Render(SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var points = report.Runs.SelectMany(r => r.Timeline).ToList();
        // One scale for both axes: a server on the right axis sits at its slot count on the left one, so the gap
        // between the servers line and the slots line is what booting and draining servers cost.
        var slotsPerServer = report.Settings.SlotsPerServer;
        var maxSlots = NiceCeiling(points.Count == 0 ? 1 : points.Max(p => Math.Max(Math.Max(p.Demand, p.Capacity), p.Servers * slotsPerServer)));
        var maxServers = maxSlots / slotsPerServer;
        var maxHours = Math.Max(report.TraceHours, 1.0 / 60);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Autoscaler simulation: ")
            .Append(Encode(report.Trace)).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse}")
            .Append("td,th{padding:2px 8px;text-align:right;border-bottom:1px solid #ddd}td:first-child,th:first-child{text-align:left}")
            .Append(".demand{stroke:#222}.capacity{stroke:#1f6feb}.servers{stroke:#e36209}svg{display:block;margin-bottom:18px}")
            .Append("</style></head><body>");
        html.Append(c, $"<h1>{Encode(report.Trace)}</h1><p>{Encode(report.TraceDescription)}; {report.TraceHours:0.##} h, peak {report.PeakPlayers:0} players.<br>{Encode(report.Settings.ToString())}</p>");
        AppendSummary(html, report);
        html.Append("<p><span style=\"color:#222\">&#9644; players wanting to play</span> &nbsp; <span style=\"color:#1f6feb\">&#9644; slots on ready servers (left axis)</span> &nbsp; <span style=\"color:#e36209\">&#9644; servers, any state (right axis)</span></p>");
        foreach (var run in report.Runs)
        {
            html.Append(c, $"<h2>{Encode(run.Policy)}</h2><p>{Encode(run.Description)}</p>");
            AppendChart(html, run, maxHours, maxSlots, maxServers);
        }

        foreach (var note in report.Notes)
        {
            html.Append("<p><b>Note:</b> ").Append(Encode(note)).Append("</p>");
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendSummary(StringBuilder html, SimulationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        html.Append("<table><tr><th>policy</th><th>server-hours</th><th>lower bound</th><th>ratio</th><th>denied joins</th><th>longest wait</th><th>creates</th><th>deletes</th><th>occupied deleted</th><th>cloud API calls</th></tr>");
        foreach (var run in report.Runs)
        {
            var s = run.Score;
            html.Append(c, $"<tr><td>{Encode(run.Policy)}</td><td>{s.ServerHours:0.0}</td><td>{s.LowerBoundServerHours:0.0}</td><td>{s.Ratio:0.000}</td><td>{s.DeniedJoins}</td><td>{TableReport.FormatWait(s.LongestWaitSeconds)}</td><td>{s.Creates}</td><td>{s.Deletes}</td><td>{s.OccupiedServersDeleted}</td><td>{s.CloudApiCalls}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendChart(StringBuilder html, RunResult run, double maxHours, double maxSlots, double maxServers)
    {
        var c = CultureInfo.InvariantCulture;
        const int plotWidth = Width - Left - Right;
        const int plotHeight = Height - Top - Bottom;
        double X(double seconds) => Left + (seconds / 3600 / maxHours * plotWidth);
        double YSlots(double v) => Top + plotHeight - (v / maxSlots * plotHeight);
        double YServers(double v) => Top + plotHeight - (v / maxServers * plotHeight);

        html.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Encode(run.Policy)}\">");
        html.Append(c, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
        for (var i = 0; i <= 4; i++)
        {
            var y = Top + (plotHeight * i / 4.0);
            html.Append(c, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Left + plotWidth}\" y2=\"{y:0.#}\" stroke=\"#eee\"/>");
            html.Append(c, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" font-size=\"11\" text-anchor=\"end\">{maxSlots * (4 - i) / 4:0}</text>");
            html.Append(c, $"<text x=\"{Left + plotWidth + 6}\" y=\"{y + 4:0.#}\" font-size=\"11\" fill=\"#e36209\">{maxServers * (4 - i) / 4:0.#}</text>");
        }

        var hourStep = maxHours <= 3 ? 0.5 : maxHours <= 12 ? 1 : 2;
        for (var h = 0.0; h <= maxHours + 1e-9; h += hourStep)
        {
            html.Append(c, $"<text x=\"{X(h * 3600):0.#}\" y=\"{Height - 10}\" font-size=\"11\" text-anchor=\"middle\">{h:0.#} h</text>");
        }

        AppendLine(html, "demand", run.Timeline.Select(p => (X(p.Seconds), YSlots(p.Demand))));
        AppendLine(html, "capacity", run.Timeline.Select(p => (X(p.Seconds), YSlots(p.Capacity))));
        AppendLine(html, "servers", run.Timeline.Select(p => (X(p.Seconds), YServers(p.Servers))));
        html.Append("</svg>");
    }

    private static void AppendLine(StringBuilder html, string cssClass, IEnumerable<(double X, double Y)> points)
    {
        html.Append("<polyline class=\"").Append(cssClass).Append("\" fill=\"none\" stroke-width=\"1.4\" points=\"");
        foreach (var (x, y) in points)
        {
            html.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }

        html.Append("\"/>");
    }

    /// <summary>The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k) at or above <paramref name="value"/>.</summary>
    internal static double NiceCeiling(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var factor in new[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
        {
            if (factor * magnitude >= value)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
