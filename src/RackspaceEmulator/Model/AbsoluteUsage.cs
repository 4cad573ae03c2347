namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>What an account uses of its absolute limits.</summary>
internal sealed record AbsoluteUsage(int TotalRamUsed, int TotalInstancesUsed, int IpGroupsUsed, int ImagesUsed);
