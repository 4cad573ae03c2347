using Autoscaler.RackspaceApi.Http;
using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceApi.Events;

/// <summary>Hands every completed operation to the registered observers and to the log.</summary>
internal sealed class OperationNotifier(IEnumerable<IRackspaceObserver> observers, ILogger<OperationNotifier> logger)
{
    private readonly IRackspaceObserver[] _observers = observers.ToArray();

    public void Notify(RackspaceOperationRecord record)
    {
        HttpLog.OperationCompleted(logger, record.Operation, record.Method, record.Path, record.EventType, record.StatusCode, record.Elapsed.TotalMilliseconds);
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnOperationCompleted(record);
            }
            catch (Exception exception)
            {
                HttpLog.ObserverFailed(logger, observer.GetType().Name, record.Operation, exception);
            }
        }
    }
}
