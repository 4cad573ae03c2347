using System.Diagnostics;
using System.Globalization;
using Autoscaler.Simulator.Live;
using Autoscaler.Simulator.Policies;
using Autoscaler.Simulator.Project;
using Autoscaler.Simulator.Reporting;
using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;
using Microsoft.Extensions.Options;

namespace Autoscaler.Simulator.Cli;

/// <summary>Carries out a validated invocation: reads the trace, runs the policies, writes the table, JSON and chart.</summary>
internal static class SimulatorRun
{
    /// <summary>Exit code for a trace or output file the simulator cannot use.</summary>
    public const int InputError = 2;

    /// <summary>Exit code when the controller core itself failed during the project's run.</summary>
    public const int CoreFailure = 3;

    /// <summary>Exit code when a process of the live stack could not start or failed during a live run.</summary>
    public const int LiveFailure = 4;

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

        if (invocation.Duration is { } duration)
        {
            trace = trace.Truncate(duration);
        }

        var notes = new List<string>();
        var runs = new List<RunResult>();
        if (invocation.Live is { } scale)
        {
            var live = await RunLiveAsync(invocation, trace, scale, error, cancellationToken).ConfigureAwait(false);
            if (live is null)
            {
                return LiveFailure;
            }

            runs.Add(live.Run);
            notes.AddRange(live.Notes);
            await error.WriteLineAsync("the same trace in virtual time, for comparison:").ConfigureAwait(false);
        }

        var names = invocation.Live is null ? ResolvePolicies(invocation.Policies) : [PolicyNames.Autoscaler];
        var exit = await RunVirtualAsync(names, invocation, trace, runs, error, cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            return exit;
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

    private static async Task<int> RunVirtualAsync(List<string> names, SimulatorInvocation invocation, PlayerTrace trace, List<RunResult> runs, TextWriter error, CancellationToken cancellationToken)
    {
        var simulation = new FleetSimulation(invocation.Options);
        var catalog = new PolicyCatalog(simulation, invocation.Baselines);
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            await error.WriteLineAsync($"{name}: running {trace.Duration.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h of trace...").ConfigureAwait(false);
            var progress = new SynchronousProgress(fraction => error.WriteLine($"{name}: {fraction.ToString("P0", CultureInfo.InvariantCulture)}"));
            try
            {
                runs.Add(name == PolicyNames.Autoscaler
                    ? await RunProjectPolicyAsync(simulation, invocation, trace, progress, cancellationToken).ConfigureAwait(false)
                    : await catalog.RunBaselineAsync(name, trace, progress, cancellationToken).ConfigureAwait(false));
            }
            catch (OptionsValidationException exception)
            {
                await error.WriteLineAsync($"error: the project's policy settings are invalid: {string.Join(" ", exception.Failures)}").ConfigureAwait(false);
                return InputError;
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or FormatException or InvalidOperationException && invocation.PolicyFile is not null)
            {
                await error.WriteLineAsync($"error: cannot use the policy file {invocation.PolicyFile}: {exception.Message}").ConfigureAwait(false);
                return InputError;
            }
            catch (Exception exception) when (name == PolicyNames.Autoscaler && exception is not OperationCanceledException)
            {
                // A failure inside the real controller core is a finding, not a simulator crash: say what failed.
                var inner = exception.InnerException is { } cause ? $" ({cause.Message})" : "";
                await error.WriteLineAsync($"error: the controller core failed during the run: {exception.GetType().Name}: {exception.Message}{inner}").ConfigureAwait(false);
                return CoreFailure;
            }
            await error.WriteLineAsync($"{name}: done in {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s").ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<LiveRunResult?> RunLiveAsync(SimulatorInvocation invocation, PlayerTrace trace, TimeScale scale, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await LiveRun.RunAsync(invocation, trace, scale, error, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is LiveStackException or IOException or InvalidDataException or FormatException or TimeoutException or HttpRequestException or InvalidOperationException)
        {
            await error.WriteLineAsync($"error: the live run failed: {exception.Message}").ConfigureAwait(false);
            return null;
        }
    }

    private static List<string> ResolvePolicies(IReadOnlyList<string> requested)
    {
        var names = new List<string>();
        foreach (var name in requested)
        {
            if (name == PolicyNames.All)
            {
                names.Add(PolicyNames.Autoscaler);
                names.AddRange(PolicyNames.Baselines);
            }
            else
            {
                names.Add(name);
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static async Task<RunResult> RunProjectPolicyAsync(FleetSimulation simulation, SimulatorInvocation invocation, PlayerTrace trace, IProgress<double> progress, CancellationToken cancellationToken)
    {
        var options = ProjectPolicySettings.Create(invocation.Options, invocation.Baselines.MinServers, invocation.Baselines.MaxServers, invocation.PolicyFile);
        var policy = new ControllerCorePolicy(options, invocation.Options);
        return await simulation.RunAsync(trace, policy, progress, cancellationToken).ConfigureAwait(false);
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
