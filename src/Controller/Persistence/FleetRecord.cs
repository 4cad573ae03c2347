namespace Autoscaler.Controller.Persistence;

/// <summary>A fleet's persisted operator settings and scaling history.</summary>
internal sealed class FleetRecord
{
    public required string Name { get; set; }

    public bool Paused { get; set; }

    public int? ManualFloor { get; set; }

    public DateTimeOffset? LastScaleUpAt { get; set; }

    public DateTimeOffset? LastScaleDownAt { get; set; }

    public int ConsecutiveCreateFailures { get; set; }

    public DateTimeOffset? CreateBackoffUntil { get; set; }
}
