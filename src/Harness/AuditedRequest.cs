namespace Autoscaler.Harness;

/// <summary>One request the emulator served, from its audit log (<c>GET /__emulator/audit</c>).</summary>
/// <param name="Time">When the request arrived at the emulator's pipeline (the emulator's clock: the system clock of
/// the machine, full precision).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path, without the query.</param>
/// <param name="StatusCode">Response status code.</param>
/// <param name="Operation">Operation name, e.g. "CreateServer"; empty when none matched.</param>
public sealed record AuditedRequest(DateTimeOffset Time, string Method, string Path, int StatusCode, string Operation)
{
    /// <summary>"time METHOD path status operation".</summary>
    public override string ToString() => $"{Time:O} {Method} {Path} {StatusCode} {Operation}";
}
