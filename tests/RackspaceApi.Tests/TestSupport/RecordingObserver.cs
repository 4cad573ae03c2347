using System.Collections.Concurrent;
using Autoscaler.RackspaceApi.Events;

namespace Autoscaler.RackspaceApi.Tests.TestSupport;

/// <summary>An observer that keeps every record.</summary>
internal sealed class RecordingObserver : IRackspaceObserver
{
    public ConcurrentQueue<RackspaceOperationRecord> Records { get; } = new();

    public void OnOperationCompleted(RackspaceOperationRecord record) => Records.Enqueue(record);
}
