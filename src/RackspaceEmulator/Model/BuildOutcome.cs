namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>How a build ends, decided when the server is created (fault injection).</summary>
internal enum BuildOutcome
{
    Active,
    Error,
    Never,
}
