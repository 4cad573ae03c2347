namespace Autoscaler.Agent;

/// <summary>The bootstrap file as JSON: every field optional, so a missing one is named by <see cref="AgentBootstrapFile.Parse"/>.</summary>
internal sealed record BootstrapDocument(
    int? Version,
    string? ServerId,
    string? Fleet,
    string? ControllerAddress,
    string? Token,
    int? Capacity,
    string? CaCertificatePem);
