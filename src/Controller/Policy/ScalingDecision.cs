namespace Autoscaler.Controller.Policy;

/// <summary>What the policy wants done to a fleet, every part with its reason.</summary>
/// <param name="Fleet">The fleet.</param>
/// <param name="At">The moment the decision was taken.</param>
/// <param name="Create">How many servers to create.</param>
/// <param name="CreateReason">Why those creates (or, with none, what held them back).</param>
/// <param name="Undrain">Draining servers to take players again (always before any create).</param>
/// <param name="Drain">Servers to stop taking players.</param>
/// <param name="Delete">Empty drained servers to delete.</param>
/// <param name="Reboot">Silent servers to HARD reboot.</param>
/// <param name="Replace">Broken servers to delete (their capacity is recreated by the buffer rules).</param>
/// <param name="Reason">The decision's headline reason.</param>
/// <param name="Detail">The figures behind it, for the operator.</param>
/// <param name="DryRun">Decided under dry-run: to be logged, not carried out.</param>
internal sealed record ScalingDecision(
    string Fleet,
    DateTimeOffset At,
    int Create,
    DecisionReason CreateReason,
    IReadOnlyList<ServerAction> Undrain,
    IReadOnlyList<ServerAction> Drain,
    IReadOnlyList<ServerAction> Delete,
    IReadOnlyList<ServerAction> Reboot,
    IReadOnlyList<ServerAction> Replace,
    DecisionReason Reason,
    string Detail,
    bool DryRun)
{
    /// <summary>How many more players the fleet can take, after this decision, before the policy would want more capacity.</summary>
    /// <remarks>The registry fires the policy early when reports push the fleet past this (sub-second reaction).</remarks>
    public int HeadroomPlayers { get; init; }

    /// <summary>The serving capacity the demand called for at this decision (buffer, waiting players and lead time included).</summary>
    public int RequiredCapacity { get; init; }

    /// <summary>Whether the decision asks for anything at all.</summary>
    public bool HasActions =>
        Create > 0 || Undrain.Count > 0 || Drain.Count > 0 || Delete.Count > 0 || Reboot.Count > 0 || Replace.Count > 0;
}
