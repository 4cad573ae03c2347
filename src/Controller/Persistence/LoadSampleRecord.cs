namespace Autoscaler.Controller.Persistence;

/// <summary>A fleet's load downsampled to one row per fleet and minute (the last tick of the minute wins), for charts.</summary>
internal sealed class LoadSampleRecord
{
    public required string Fleet { get; set; }

    /// <summary>The start of the minute.</summary>
    public DateTimeOffset At { get; set; }

    public int Players { get; set; }

    public int Capacity { get; set; }

    public int Servers { get; set; }

    public int ReadyServers { get; set; }
}
