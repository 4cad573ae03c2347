namespace Autoscaler.RackspaceEmulator;

/// <summary>One request served by the emulator. Never holds credentials or tokens.</summary>
/// <param name="Time">When the request arrived (emulator clock).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path (without query string).</param>
/// <param name="Query">Query string, or empty.</param>
/// <param name="StatusCode">Response status code.</param>
/// <param name="Operation">Operation name (e.g. "CreateServer"), or empty when no operation matched.</param>
/// <param name="TenantId">Tenant of the authenticated caller, or empty.</param>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    int StatusCode,
    string Operation,
    string TenantId);
