namespace Autoscaler.RackspaceApi.Events;

/// <summary>Receives every completed operation, successful or not (the seed's Rackspace2EventCallback), for logging and metrics.</summary>
/// <remarks>
/// Register implementations in DI (<c>services.AddSingleton&lt;IRackspaceObserver, MyObserver&gt;()</c>); all are called in turn.
/// Called synchronously on the caller's path: keep it fast. An observer that throws is logged and does not fail the operation.
/// </remarks>
public interface IRackspaceObserver
{
    /// <summary>Called once per operation, after its last attempt.</summary>
    void OnOperationCompleted(RackspaceOperationRecord record);
}
