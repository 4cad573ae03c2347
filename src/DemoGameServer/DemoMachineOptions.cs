namespace Autoscaler.DemoGameServer;

/// <summary>What this demo machine is (<c>Demo</c> section).</summary>
internal sealed class DemoMachineOptions
{
    public const string SectionName = "Demo";

    /// <summary>Cloud or GameServer. Default GameServer.</summary>
    public DemoRole Role { get; set; } = DemoRole.GameServer;

    /// <summary>The folder shared by the cloud and the game servers, one sub-folder per booted server. Required.</summary>
    public string DisksPath { get; set; } = "/var/lib/autoscaler-demo/disks";

    /// <summary>Players at the top of each game server's curve (capped by its capacity). Default 14.</summary>
    public int PeakPlayers { get; set; } = 14;

    /// <summary>One rise and fall of a game server's players. Default 4 minutes.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>How often players change and disks are looked for. Default 2 s.</summary>
    public TimeSpan Step { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>The two kinds of demo machine.</summary>
internal enum DemoRole
{
    GameServer,
    Cloud,
}
