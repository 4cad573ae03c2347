using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.Controller.Operations.Telemetry;

/// <summary>Counts and times every cloud operation, and remembers whether the cloud answered the latest one.</summary>
internal sealed class CloudCallObserver(OperationsMetrics metrics, TimeProvider time) : IRackspaceObserver
{
    private CloudContact? _latest;

    /// <summary>The latest completed cloud operation, or null before the first.</summary>
    public CloudContact? Latest => Volatile.Read(ref _latest);

    public void OnOperationCompleted(RackspaceOperationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var outcome = record.Error is null ? "success" : record.EventType.ToString();
        metrics.CloudCall(record.Operation, outcome, record.Elapsed);

        // Success, or any HTTP answer below 500, proves the cloud is there; no answer or a server error does not.
        var answered = record.Error is null || record.StatusCode is < 500;
        Volatile.Write(ref _latest, new CloudContact(record.Operation, answered, record.StatusCode, time.GetUtcNow()));
    }
}

/// <summary>The latest cloud operation as readiness sees it.</summary>
/// <param name="Operation">The operation's name.</param>
/// <param name="Answered">Whether the cloud answered (an HTTP status below 500).</param>
/// <param name="StatusCode">The HTTP status, or null when none came.</param>
/// <param name="At">When it completed.</param>
internal sealed record CloudContact(string Operation, bool Answered, int? StatusCode, DateTimeOffset At);
