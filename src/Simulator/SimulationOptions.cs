using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Players;

namespace Autoscaler.Simulator;

/// <summary>The world every policy is scored in: the same for all policies of a run.</summary>
internal sealed record SimulationOptions
{
    /// <summary>Player slots per server. Default 20.</summary>
    public int SlotsPerServer { get; init; } = 20;

    /// <summary>Create request to accepting players: 120 s plus or minus 30 s by default; reboots take 60 s.</summary>
    public BootModel Boot { get; init; } = new(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));

    /// <summary>Seeds every random draw (leaves, session ends, boot jitter). Default 1.</summary>
    public int Seed { get; init; } = 1;

    public MatchmakingMode Matchmaking { get; init; } = MatchmakingMode.FillFirst;

    /// <summary>Mean session length: seated players end sessions at random and are replaced. Zero turns churn off. Default 30 min.</summary>
    public TimeSpan MeanSession { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The simulation step. Default 1 s.</summary>
    public TimeSpan Step { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Unscored time before the trace starts, at the trace's first value, so every policy starts from its own steady state. Default 30 min.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the timeline records a point for the chart. Default 60 s.</summary>
    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(60);
}
