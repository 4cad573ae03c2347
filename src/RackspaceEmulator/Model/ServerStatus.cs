namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>Status names of the model (a superset of the v1.0 and v2 vocabularies).</summary>
internal static class ServerStatus
{
    public const string Build = "BUILD";
    public const string Active = "ACTIVE";
    public const string Reboot = "REBOOT";
    public const string HardReboot = "HARD_REBOOT";
    public const string Rebuild = "REBUILD";
    public const string Password = "PASSWORD";
    public const string QueueResize = "QUEUE_RESIZE";
    public const string PrepResize = "PREP_RESIZE";
    public const string Resize = "RESIZE";
    public const string VerifyResize = "VERIFY_RESIZE";
    public const string RevertResize = "REVERT_RESIZE";
    public const string Deleted = "DELETED";
    public const string Error = "ERROR";
}
