namespace Autoscaler.Simulator.Scoring;

/// <summary>The score of one policy on one trace: what it cost and what the players felt.</summary>
internal sealed record RunScore
{
    public required double ServerHours { get; init; }

    /// <summary>The integral of ceil(players / slots per server): the server-hours a clairvoyant, instant fleet needs.</summary>
    public required double LowerBoundServerHours { get; init; }

    /// <summary>ServerHours / LowerBoundServerHours (1.0 is perfect).</summary>
    public required double Ratio { get; init; }

    /// <summary>Sum over servers of their lifetime rounded up to whole hours (Rackspace bills by the started hour).</summary>
    public required double BilledHours { get; init; }

    public required long Joins { get; init; }

    public required long DeniedJoins { get; init; }

    public required double LongestWaitSeconds { get; init; }

    public required int Creates { get; init; }

    public required int Deletes { get; init; }

    public required int Reboots { get; init; }

    public required int Drains { get; init; }

    public required int Undrains { get; init; }

    /// <summary>Must be 0: servers deleted with players on them.</summary>
    public required int OccupiedServersDeleted { get; init; }

    public required long PlayersDisconnected { get; init; }

    public required long CloudApiCalls { get; init; }

    public required IReadOnlyDictionary<string, long> ApiCallsByOperation { get; init; }

    public required int PeakServers { get; init; }

    public required IReadOnlyDictionary<string, int> DecisionsByReason { get; init; }
}
