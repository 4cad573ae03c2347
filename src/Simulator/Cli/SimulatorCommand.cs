using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Live;
using Autoscaler.Simulator.Players;
using Autoscaler.Simulator.Policies;

namespace Autoscaler.Simulator.Cli;

/// <summary>The simulator's command line: options, their validation, and the action that runs a simulation.</summary>
internal sealed class SimulatorCommand
{
    public Option<FileInfo> Trace { get; } = new("--trace") { Description = "Player-load trace (CSV t_seconds,players; see shared/traces/README.md).", Required = true };

    public Option<string[]> Policy { get; } = new("--policy") { Description = "Policy to score: all, autoscaler, agones-absolute, agones-percent, raknet or fixed (repeatable).", DefaultValueFactory = _ => [PolicyNames.All] };

    public Option<FileInfo?> Json { get; } = new("--json") { Description = "Write the full report (scores and timelines) as JSON to this file." };

    public Option<FileInfo?> Chart { get; } = new("--chart") { Description = "Write an HTML page with a chart per policy (players, capacity, servers over time) to this file." };

    public Option<int> Seed { get; } = new("--seed") { Description = "Seed for every random draw; the same seed gives the same run.", DefaultValueFactory = _ => 1 };

    public Option<int> Slots { get; } = new("--slots") { Description = "Player slots per server (1-100000).", DefaultValueFactory = _ => 20 };

    public Option<double> BootSeconds { get; } = new("--boot-seconds") { Description = "Seconds from CreateServer to the game taking players.", DefaultValueFactory = _ => 120 };

    public Option<double> BootJitterSeconds { get; } = new("--boot-jitter-seconds") { Description = "Each boot takes boot-seconds plus a uniform draw in [-jitter, +jitter].", DefaultValueFactory = _ => 30 };

    public Option<string> Matchmaker { get; } = new("--matchmaker") { Description = "Where joins go: fill-first (fullest server with a free slot) or spread (emptiest).", DefaultValueFactory = _ => "fill-first" };

    public Option<double> SessionMinutes { get; } = new("--session-minutes") { Description = "Mean session length; players end sessions at random and are replaced (0 turns churn off).", DefaultValueFactory = _ => 30 };

    public Option<double> StepSeconds { get; } = new("--step-seconds") { Description = "Simulation step (0.1-60).", DefaultValueFactory = _ => 1 };

    public Option<double> WarmUpMinutes { get; } = new("--warm-up-minutes") { Description = "Unscored time at the trace's first value before it starts.", DefaultValueFactory = _ => 30 };

    public Option<string> AgonesBuffer { get; } = new("--agones-buffer") { Description = "Agones absolute buffer in player slots, or auto (smallest with zero denied joins on the trace).", DefaultValueFactory = _ => "auto" };

    public Option<string> AgonesPercent { get; } = new("--agones-percent") { Description = "Agones buffer percent (0-99), or auto (smallest with zero denied joins on the trace).", DefaultValueFactory = _ => "auto" };

    public Option<int> MinServers { get; } = new("--min-servers") { Description = "Smallest fleet for the Agones baselines and the project's policy.", DefaultValueFactory = _ => 1 };

    public Option<int> MaxServers { get; } = new("--max-servers") { Description = "Largest fleet for the Agones baselines and the project's policy.", DefaultValueFactory = _ => 1000 };

    public Option<int?> FixedServers { get; } = new("--fixed-servers") { Description = "Size of the fixed fleet (default: enough slots for the trace's peak)." };

    public Option<FileInfo> PolicyFile { get; } = new("--policy-file") { Description = "JSON of one Fleets:<name> section overriding the project's policy settings in the simulator." };

    public Option<int> RakNetMax { get; } = new("--raknet-max") { Description = "Total server cap of RakNet's self-scaling rule (the sample's is 32).", DefaultValueFactory = _ => 32 };

    public Option<string?> Duration { get; } = new("--duration") { Description = "Play only the first part of the trace: minutes, or a number with a unit (90s, 10m, 1.5h)." };

    public Option<bool> Live { get; } = new("--live") { Description = "Play the trace on real processes (emulator, controller, game servers running the real Agent) at --speed and score the project's policy there, beside its virtual-time run." };

    public Option<double> Speed { get; } = new("--speed") { Description = "Live mode: trace seconds per wall second (1-100).", DefaultValueFactory = _ => 30 };

    /// <summary>Builds the root command with every option and its validation; <paramref name="action"/> runs a valid invocation.</summary>
    public RootCommand Build(Func<SimulatorInvocation, TextWriter, TextWriter, CancellationToken, Task<int>> action)
    {
        var root = new RootCommand("Scores autoscaling policies on a player-load trace in virtual time, or the project's policy live on real processes (--live).");
        Option[] options =
        [
            Trace, Policy, Json, Chart, Seed, Slots, BootSeconds, BootJitterSeconds, Matchmaker, SessionMinutes, StepSeconds,
            WarmUpMinutes, AgonesBuffer, AgonesPercent, MinServers, MaxServers, FixedServers, RakNetMax, PolicyFile, Duration, Live, Speed,
        ];
        foreach (var option in options)
        {
            root.Options.Add(option);
        }

        Trace.AcceptExistingOnly();
        PolicyFile.AcceptExistingOnly();
        Matchmaker.AcceptOnlyFromAmong("fill-first", "spread");
        root.Validators.Add(ValidateTogether);

        root.SetAction((parse, cancellationToken) =>
        {
            var config = parse.InvocationConfiguration;
            return action(Bind(parse), config.Output, config.Error, cancellationToken);
        });
        return root;
    }

    // Every rule in one validator, so a command line with several mistakes gets every one of them reported at once
    // (System.CommandLine stops at the first failing validator level).
    private void ValidateTogether(CommandResult result)
    {
        void Require(bool valid, string message)
        {
            if (!valid)
            {
                result.AddError(message);
            }
        }

        var policies = ValueOf(result, Policy) ?? [];
        Require(policies.All(p => PolicyNames.Accepted.Contains(p)), $"--policy must be one of: {string.Join(", ", PolicyNames.Accepted)}.");
        Require(ValueOf(result, Slots) is >= 1 and <= 100_000, "--slots must be between 1 and 100000.");
        var boot = ValueOf(result, BootSeconds);
        var jitter = ValueOf(result, BootJitterSeconds);
        Require(boot is > 0 and <= 86_400, "--boot-seconds must be above 0 and at most 86400.");
        Require(jitter >= 0, "--boot-jitter-seconds must not be negative.");
        Require(jitter < boot || boot <= 0, "--boot-jitter-seconds must be smaller than --boot-seconds.");
        Require(ValueOf(result, SessionMinutes) >= 0, "--session-minutes must not be negative (0 turns churn off).");
        Require(ValueOf(result, StepSeconds) is >= 0.1 and <= 60, "--step-seconds must be between 0.1 and 60.");
        Require(ValueOf(result, WarmUpMinutes) is >= 0 and <= 1440, "--warm-up-minutes must be between 0 and 1440.");
        Require(ParseAuto(ValueOf(result, AgonesBuffer), 0, int.MaxValue, out _), "--agones-buffer must be auto or a whole number of slots, 0 or more.");
        Require(ParseAuto(ValueOf(result, AgonesPercent), 0, 99, out _), "--agones-percent must be auto or a whole number from 0 to 99.");
        var min = ValueOf(result, MinServers);
        var max = ValueOf(result, MaxServers);
        Require(min >= 0, "--min-servers must not be negative.");
        Require(max is >= 1 and <= 100_000, "--max-servers must be between 1 and 100000.");
        Require(min <= max, "--min-servers must not exceed --max-servers.");
        Require(ValueOf(result, FixedServers) is null or (>= 1 and <= 100_000), "--fixed-servers must be between 1 and 100000.");
        Require(ValueOf(result, RakNetMax) is >= 1 and <= 100_000, "--raknet-max must be between 1 and 100000.");
        Require(ValueOf(result, Duration) is not { } duration || DurationArgument.TryParse(duration, out _), $"--duration must be {DurationArgument.Syntax}.");
        var live = ValueOf(result, Live);
        Require(live || result.GetResult(Speed) is null or { Implicit: true }, "--speed needs --live.");
        Require(TimeScale.IsValidSpeed(ValueOf(result, Speed)), string.Create(CultureInfo.InvariantCulture, $"--speed must be between {TimeScale.MinSpeed} and {TimeScale.MaxSpeed} (trace seconds per wall second)."));
        Require(!live || policies.All(p => p is PolicyNames.All or PolicyNames.Autoscaler), "--live runs the project's policy only: leave out --policy or give --policy autoscaler.");
    }

    // During validation an option the user left out has no parsed value yet; fall back to its declared default.
    private static T? ValueOf<T>(CommandResult result, Option<T> option) =>
        result.GetResult(option) is { Implicit: false } given ? given.GetValueOrDefault<T>()
        : option.HasDefaultValue ? (T?)option.GetDefaultValue() : default;

    private SimulatorInvocation Bind(ParseResult parse)
    {
        ParseAuto(parse.GetValue(AgonesBuffer), 0, int.MaxValue, out var agonesBuffer);
        ParseAuto(parse.GetValue(AgonesPercent), 0, 99, out var agonesPercent);
        var options = new SimulationOptions
        {
            SlotsPerServer = parse.GetValue(Slots),
            Boot = new BootModel(TimeSpan.FromSeconds(parse.GetValue(BootSeconds)), TimeSpan.FromSeconds(parse.GetValue(BootJitterSeconds)), TimeSpan.FromSeconds(60)),
            Seed = parse.GetValue(Seed),
            Matchmaking = parse.GetValue(Matchmaker) == "spread" ? MatchmakingMode.Spread : MatchmakingMode.FillFirst,
            MeanSession = TimeSpan.FromMinutes(parse.GetValue(SessionMinutes)),
            Step = TimeSpan.FromSeconds(parse.GetValue(StepSeconds)),
            WarmUp = TimeSpan.FromMinutes(parse.GetValue(WarmUpMinutes)),
        };
        var baselines = new BaselineSettings
        {
            AgonesBufferSlots = agonesBuffer,
            AgonesBufferPercent = agonesPercent,
            MinServers = parse.GetValue(MinServers),
            MaxServers = parse.GetValue(MaxServers),
            FixedServers = parse.GetValue(FixedServers),
            RakNetMaxTotal = parse.GetValue(RakNetMax),
        };
        var policies = parse.GetValue(Policy) ?? [PolicyNames.All];
        TimeSpan? duration = DurationArgument.TryParse(parse.GetValue(Duration), out var first) ? first : null;
        return new SimulatorInvocation(parse.GetRequiredValue(Trace).FullName, [.. policies.Distinct(StringComparer.Ordinal)], parse.GetValue(Json)?.FullName, parse.GetValue(Chart)?.FullName, options, baselines)
        {
            PolicyFile = parse.GetValue(PolicyFile)?.FullName,
            Duration = duration,
            Live = parse.GetValue(Live) ? new TimeScale(parse.GetValue(Speed)) : null,
        };
    }

    /// <summary>Parses "auto" (null) or a whole number in [min, max].</summary>
    internal static bool ParseAuto(string? text, int min, int max, out int? value)
    {
        value = null;
        if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            value = number;
            return true;
        }

        return false;
    }
}
