namespace Autoscaler.Controller.Policy;

/// <summary>Why the policy did (or did not do) something.</summary>
internal enum DecisionReason
{
    /// <summary>Nothing to do: capacity matches demand.</summary>
    Steady,

    /// <summary>Fewer servers than the configured minimum.</summary>
    BelowMinimum,

    /// <summary>Fewer servers than the operator's manual floor.</summary>
    ManualFloor,

    /// <summary>Free slots below the buffer max(MinFreeSlots, FreeSlotsPercent x capacity).</summary>
    BufferShort,

    /// <summary>Players above the utilisation threshold of serving capacity.</summary>
    UtilisationHigh,

    /// <summary>Players expected to arrive during one boot would break the buffer.</summary>
    LeadTime,

    /// <summary>Matchmakers report players waiting for a slot: the fleet is short now.</summary>
    PlayersWaiting,

    /// <summary>More servers than the configured maximum.</summary>
    AboveMaximum,

    /// <summary>A server empty past the grace period is not needed.</summary>
    EmptyPastGrace,

    /// <summary>An empty server reached its billing boundary.</summary>
    BillingBoundary,

    /// <summary>The least-loaded server is drained so its players consolidate elsewhere.</summary>
    Consolidation,

    /// <summary>A draining server that stayed empty is deleted.</summary>
    Drained,

    /// <summary>The agent went silent: HARD reboot.</summary>
    HeartbeatLost,

    /// <summary>The server did not come back after the allowed reboots: replace.</summary>
    RebootsExhausted,

    /// <summary>The cloud did not finish building in time: replace.</summary>
    BuildTimeout,

    /// <summary>The agent did not say hello in time after ACTIVE or a reboot: replace.</summary>
    BootTimeout,

    /// <summary>The cloud reports ERROR: replace.</summary>
    CloudError,

    /// <summary>Scale-up wanted but held by the scale-up cooldown.</summary>
    ScaleUpCooldown,

    /// <summary>Scale-down wanted but held by the scale-down cooldown.</summary>
    ScaleDownCooldown,

    /// <summary>Creates held because too many servers are on the way.</summary>
    MaxInFlight,

    /// <summary>Creates held because the fleet is at its maximum.</summary>
    AtMaximum,

    /// <summary>Creates held while the cloud keeps failing.</summary>
    CreateBackoff,

    /// <summary>An operator paused scaling.</summary>
    Paused,

    /// <summary>Reconcile found the cloud and the records apart (a delete to retry, an orphan).</summary>
    Reconcile,

    /// <summary>An operator asked for it.</summary>
    Operator,
}
