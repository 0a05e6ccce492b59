"use client";

import { usePathname } from "next/navigation";
import { PrimaryNavigation, type NavigationItem } from "./PrimaryNavigation";

export interface PrimaryNavigationClientProps {
  items?: readonly NavigationItem[];
  label?: string;
}

/**
 * PrimaryNavigation that reads the current path itself, for use in the root
 * layout (which cannot read the path on the server).
 */
export function PrimaryNavigationClient(props: PrimaryNavigationClientProps) {
  const pathname = usePathname();
  return <PrimaryNavigation {...props} currentPath={pathname} />;
}
