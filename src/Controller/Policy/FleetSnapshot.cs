namespace Autoscaler.Controller.Policy;

/// <summary>Everything the policy needs about one fleet at one moment.</summary>
/// <param name="Fleet">The fleet's name.</param>
/// <param name="Servers">Every server not yet deleted.</param>
/// <param name="JoinRatePerSecond">Net growth of players per second over the recent window (negative when they leave).</param>
/// <param name="ObservedBootTime">The recent create-to-ready time, or null before any server became ready.</param>
/// <param name="LastScaleUpAt">The latest decision that created or undrained, if any.</param>
/// <param name="LastScaleDownAt">The latest decision that drained or deleted, if any.</param>
/// <param name="CreateBackoffUntil">No create before this moment (the cloud kept failing), if set.</param>
/// <param name="ManualFloor">An operator's floor on servers, above the configured minimum, if set.</param>
/// <param name="Paused">An operator paused scaling: nothing but health actions.</param>
/// <param name="RecentPeakRequired">The highest capacity decisions required within the scale-down window before now (0 when none).</param>
/// <param name="DemandMargin">Players by which demand recently outran the forecasts (a high quantile), or null without enough history.</param>
/// <param name="WaitingPlayers">Players matchmakers report waiting for a slot (not seated anywhere): demand beyond the reports.</param>
internal sealed record FleetSnapshot(
    string Fleet,
    IReadOnlyList<ServerView> Servers,
    double JoinRatePerSecond = 0,
    TimeSpan? ObservedBootTime = null,
    DateTimeOffset? LastScaleUpAt = null,
    DateTimeOffset? LastScaleDownAt = null,
    DateTimeOffset? CreateBackoffUntil = null,
    int? ManualFloor = null,
    bool Paused = false,
    int WaitingPlayers = 0,
    int RecentPeakRequired = 0,
    double? DemandMargin = null);
