using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Policy;

/// <summary>One server as the policy sees it: a consistent copy taken from the registry.</summary>
/// <param name="Id">The controller's server id (its deterministic name).</param>
/// <param name="State">The lifecycle state.</param>
/// <param name="Players">Players on the server from its latest report (0 before any).</param>
/// <param name="Capacity">Player slots from its latest report, or the fleet's slots per server before any.</param>
/// <param name="CreatedAt">When the create was requested (the billing clock starts near here).</param>
/// <param name="StateSince">When the server entered <paramref name="State"/>.</param>
/// <param name="LastSeenAt">The agent's latest hello, report or heartbeat, if any.</param>
/// <param name="EmptySince">Since when it has reported zero players, or null while it has players.</param>
/// <param name="RebootCount">Reboots asked for since the agent last said hello.</param>
/// <param name="CloudStatus">The cloud's status word from the latest reconcile (BUILD, ACTIVE, ERROR, ...), if known.</param>
/// <param name="CreateUncertain">The create call failed without a clear answer; reconcile decides whether it exists.</param>
/// <param name="OperatorDrained">An operator drained it; the policy never undrains it.</param>
internal readonly record struct ServerView(
    string Id,
    ServerState State,
    int Players,
    int Capacity,
    DateTimeOffset CreatedAt,
    DateTimeOffset StateSince,
    DateTimeOffset? LastSeenAt,
    DateTimeOffset? EmptySince,
    int RebootCount,
    string? CloudStatus,
    bool CreateUncertain,
    bool OperatorDrained = false);
