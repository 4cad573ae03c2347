namespace Autoscaler.RackspaceEmulator;

/// <summary>Raised after each request the emulator served.</summary>
public sealed class RequestAuditedEventArgs(AuditEntry entry) : EventArgs
{
    /// <summary>The audit entry of the request.</summary>
    public AuditEntry Entry { get; } = entry;
}
