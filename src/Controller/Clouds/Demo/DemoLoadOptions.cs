namespace Autoscaler.Controller.Clouds.Demo;

/// <summary>The demo's player load (<c>Cloud:Demo</c>): players rise to a peak and fall back, over and over.</summary>
internal sealed class DemoLoadOptions
{
    /// <summary>Whether emulated servers run game servers with a player load. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Players at the top of the curve. Default 120.</summary>
    public int PeakPlayers { get; set; } = 120;

    /// <summary>Players at the bottom of the curve. Default 4.</summary>
    public int BasePlayers { get; set; } = 4;

    /// <summary>One rise and fall of the curve. Default 10 minutes.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The fleet the demo's matchmaker reports its waiting players to (none when empty or not configured). Default "demo".</summary>
    public string Fleet { get; set; } = "demo";

    /// <summary>How often players join and leave. Default 1 second.</summary>
    public TimeSpan Step { get; set; } = TimeSpan.FromSeconds(1);
}
