using Autoscaler.RackspaceEmulator.Model;

namespace Autoscaler.RackspaceEmulator.Http;

/// <summary>Endpoint metadata: the operation's name (used by fault injection and the audit log) and its dialect.</summary>
internal sealed record EmulatorOperation(string Name, ApiDialect Dialect, bool Authenticated);
