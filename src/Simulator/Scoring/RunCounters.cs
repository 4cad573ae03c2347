namespace Autoscaler.Simulator.Scoring;

/// <summary>What happened during one policy's run: the raw counts the score is computed from.</summary>
internal sealed class RunCounters
{
    private readonly SortedDictionary<string, int> _decisionsByReason = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _apiCallsByOperation = new(StringComparer.Ordinal);

    public long Joins { get; set; }

    public long Leaves { get; set; }

    /// <summary>Joins that found no free slot when they arrived (each counted once, however long it then waited).</summary>
    public long DeniedJoins { get; set; }

    public double LongestWaitSeconds { get; set; }

    public int Creates { get; set; }

    public int Deletes { get; set; }

    public int Reboots { get; set; }

    public int Drains { get; set; }

    public int Undrains { get; set; }

    /// <summary>Servers deleted (or rebooted) while players were on them; must be 0.</summary>
    public int OccupiedServersDeleted { get; set; }

    /// <summary>Players on servers that were deleted or rebooted under them.</summary>
    public long PlayersDisconnected { get; set; }

    /// <summary>Every request the policy's side sent to the cloud API (state changes, reads, authentication).</summary>
    public long CloudApiCalls { get; private set; }

    /// <summary>Cloud API requests by operation (CreateServer, DeleteServer, ListServers, ...).</summary>
    public IReadOnlyDictionary<string, long> ApiCallsByOperation => _apiCallsByOperation;

    public int PeakServers { get; set; }

    /// <summary>Each scaling decision's reason and how often it was given.</summary>
    public IReadOnlyDictionary<string, int> DecisionsByReason => _decisionsByReason;

    /// <summary>Starts the scored window: forgets everything counted during the warm-up.</summary>
    public void Reset(int liveServers)
    {
        Joins = Leaves = DeniedJoins = PlayersDisconnected = CloudApiCalls = 0;
        _apiCallsByOperation.Clear();
        LongestWaitSeconds = 0;
        Creates = Deletes = Reboots = Drains = Undrains = OccupiedServersDeleted = 0;
        PeakServers = liveServers;
        _decisionsByReason.Clear();
    }

    public void CountApiCall(string operation)
    {
        CloudApiCalls++;
        _apiCallsByOperation[operation] = _apiCallsByOperation.GetValueOrDefault(operation) + 1;
    }

    public void CountDecision(string reason, int times = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _decisionsByReason[reason] = _decisionsByReason.GetValueOrDefault(reason) + times;
    }
}
