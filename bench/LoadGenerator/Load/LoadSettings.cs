namespace Autoscaler.LoadGenerator.Load;

/// <summary>What a load run does: how many agent streams to open against which target, and at what total report rate.</summary>
internal sealed record LoadSettings
{
    public required Uri Target { get; init; }

    public int Streams { get; init; } = 10_000;

    /// <summary>Reports per second over all streams together.</summary>
    public int Rate { get; init; } = 100_000;

    public string Fleet { get; init; } = "bench";

    public int Capacity { get; init; } = 100;

    public TimeSpan OpenTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The server id each stream claims in its Hello.</summary>
    public Func<int, string> ServerId { get; init; } = i => $"loadgen-{i}";

    /// <summary>The token each stream presents in its Hello (the no-op sink accepts any).</summary>
    public Func<int, string> Token { get; init; } = _ => "";
}
