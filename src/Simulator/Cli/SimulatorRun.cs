using System.Diagnostics;
using System.Globalization;
using Autoscaler.Simulator.Policies;
using Autoscaler.Simulator.Reporting;
using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Cli;

/// <summary>Carries out a validated invocation: reads the trace, runs the policies, writes the table, JSON and chart.</summary>
internal static class SimulatorRun
{
    /// <summary>Exit code for a trace or output file the simulator cannot use.</summary>
    public const int InputError = 2;

    internal const string ProjectPolicyMissing =
        "the project's policy (autoscaler) runs through the controller core, which this build does not contain yet; only the baselines were scored";

    public static async Task<int> ExecuteAsync(SimulatorInvocation invocation, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        PlayerTrace trace;
        try
        {
            trace = TraceReader.ReadFile(invocation.TracePath);
        }
        catch (TraceFormatException exception)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return InputError;
        }

        var notes = new List<string>();
        var names = ResolvePolicies(invocation.Policies, notes);
        if (names.Count == 0)
        {
            await error.WriteLineAsync($"error: {ProjectPolicyMissing}.").ConfigureAwait(false);
            return InputError;
        }

        var simulation = new FleetSimulation(invocation.Options);
        var catalog = new PolicyCatalog(simulation, invocation.Baselines);
        var runs = new List<RunResult>();
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            await error.WriteLineAsync($"{name}: running {trace.Duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h of trace...").ConfigureAwait(false);
            var progress = new SynchronousProgress(fraction => error.WriteLine($"{name}: {fraction.ToString("P0", CultureInfo.InvariantCulture)}"));
            runs.Add(catalog.RunBaseline(name, trace, progress));
            await error.WriteLineAsync($"{name}: done in {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s").ConfigureAwait(false);
        }

        var report = new SimulationReport
        {
            Trace = trace.Name,
            TraceDescription = trace.Description,
            TraceHours = trace.Duration.TotalHours,
            PeakPlayers = trace.PeakPlayers,
            Settings = SimulationSettings.From(invocation.Options),
            Runs = runs,
            Notes = notes,
        };
        await output.WriteAsync(TableReport.Render(report)).ConfigureAwait(false);
        return await WriteFilesAsync(report, invocation, output, error, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> ResolvePolicies(IReadOnlyList<string> requested, List<string> notes)
    {
        var names = new List<string>();
        foreach (var name in requested)
        {
            if (name == PolicyNames.All)
            {
                names.AddRange(PolicyNames.Baselines);
                notes.Add(ProjectPolicyMissing);
            }
            else if (name == PolicyNames.Autoscaler)
            {
                notes.Add(ProjectPolicyMissing);
            }
            else
            {
                names.Add(name);
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static async Task<int> WriteFilesAsync(SimulationReport report, SimulatorInvocation invocation, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            if (invocation.JsonPath is { } json)
            {
                await JsonReport.WriteAsync(report, json, cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"JSON report written to {json}").ConfigureAwait(false);
            }

            if (invocation.ChartPath is { } chart)
            {
                await File.WriteAllTextAsync(chart, HtmlChart.Render(report), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"chart written to {chart}").ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write the report: {exception.Message}").ConfigureAwait(false);
            return InputError;
        }

        return 0;
    }

    /// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool and interleave),
    /// at most once a second of wall time, so short runs stay quiet.</summary>
    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

        public void Report(double value)
        {
            if (_sinceLast.Elapsed >= TimeSpan.FromSeconds(1))
            {
                report(value);
                _sinceLast.Restart();
            }
        }
    }
}
