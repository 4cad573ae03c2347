namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>A bounded log of served requests.</summary>
internal sealed class RequestAuditLog(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<AuditEntry> _entries = new();

    public event EventHandler<RequestAuditedEventArgs>? Recorded;

    public void Record(AuditEntry entry)
    {
        lock (_gate)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > capacity)
            {
                _entries.Dequeue();
            }
        }

        Recorded?.Invoke(this, new RequestAuditedEventArgs(entry));
    }

    public IReadOnlyList<AuditEntry> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }
}
