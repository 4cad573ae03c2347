namespace Autoscaler.Simulator.Scoring;

/// <summary>One policy's run on one trace: its score and its timeline.</summary>
internal sealed record RunResult(string Policy, string Description, RunScore Score, IReadOnlyList<TimelinePoint> Timeline);
