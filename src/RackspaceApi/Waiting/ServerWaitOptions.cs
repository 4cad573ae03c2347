namespace Autoscaler.RackspaceApi.Waiting;

/// <summary>How WaitForServerStatusAsync polls.</summary>
/// <remarks>
/// Defaults: first poll after 2 s, growing by 1.5x to at most 30 s, give up after 30 min, and 3 consecutive polls must agree
/// before a wanted status counts (openstack.net needed this triple check because the API briefly reports wrong statuses).
/// </remarks>
public sealed record ServerWaitOptions
{
    /// <summary>The defaults described above.</summary>
    public static ServerWaitOptions Default { get; } = new();

    /// <summary>Delay before the second poll.</summary>
    public TimeSpan InitialPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay between polls.</summary>
    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Factor the delay grows by after each poll.</summary>
    public double BackoffFactor { get; init; } = 1.5;

    /// <summary>Delay between the polls that confirm a wanted status.</summary>
    public TimeSpan ConfirmationInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many consecutive polls must show a wanted status.</summary>
    public int RequiredConfirmations { get; init; } = 3;

    /// <summary>Give up after this long with a TimeoutException.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Statuses raised as ServerErrorStateException unless waited for.</summary>
    public IReadOnlyCollection<string> ErrorStatuses { get; init; } = [ServerStatuses.Error];
}
