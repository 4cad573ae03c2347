using Autoscaler.Controller.Policy;

namespace Autoscaler.Controller.Persistence;

/// <summary>A scaling decision that asked for something (or was held back), with its reason.</summary>
internal sealed class DecisionRecord
{
    public long Id { get; set; }

    public required string Fleet { get; set; }

    public DateTimeOffset At { get; set; }

    public DecisionReason Reason { get; set; }

    public int Create { get; set; }

    public int Undrain { get; set; }

    public int Drain { get; set; }

    public int Delete { get; set; }

    public int Reboot { get; set; }

    public int Replace { get; set; }

    public bool DryRun { get; set; }

    /// <summary>The figures behind the decision and the servers it named.</summary>
    public string Detail { get; set; } = "";
}
