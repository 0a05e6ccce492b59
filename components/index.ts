// GOV.UK Design System components for the API Catalogue, built with Tailwind.
// Server components unless marked (client).

export { AppLink, isInternalHref, type AppLinkProps } from "./AppLink";
export { AutoFocus, type AutoFocusProps } from "./AutoFocus"; // (client)
export { BackLink, type BackLinkProps } from "./BackLink";
export { Breadcrumbs, type BreadcrumbItem, type BreadcrumbsProps } from "./Breadcrumbs";
export {
  Button,
  BUTTON_VARIANTS,
  type ButtonAsButtonProps,
  type ButtonAsLinkProps,
  type ButtonProps,
  type ButtonVariant,
} from "./Button";
export { Checkboxes, checkboxId, type CheckboxItem, type CheckboxesProps } from "./Checkboxes";
export { cx } from "./cx";
export { ErrorMessage, type ErrorMessageProps } from "./ErrorMessage";
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from "./ErrorSummary"; // (client)
export {
  API_GOV_UK_URL,
  CROWN_COPYRIGHT_URL,
  Footer,
  FOOTER_LINKS,
  OGL_URL,
  type FooterLink,
  type FooterProps,
} from "./Footer";
export { describedBy, FormGroup, type FormGroupProps } from "./FormGroup";
export { Header, type HeaderProps } from "./Header";
export { Hint, type HintProps } from "./Hint";
export { InsetText, type InsetTextProps } from "./InsetText";
export { Label, LABEL_SIZES, type LabelProps, type LabelSize } from "./Label";
export {
  LIFECYCLES,
  LifecycleTag,
  lifecycleInfo,
  type Lifecycle,
  type LifecycleInfo,
  type LifecycleTagProps,
} from "./LifecycleTag";
export {
  NotificationBanner,
  type NotificationBannerProps,
  type NotificationBannerType,
} from "./NotificationBanner";
export { PageHeading, type HeadingSize, type PageHeadingProps } from "./PageHeading";
export { Pagination, paginationItems, type PaginationItem, type PaginationProps } from "./Pagination";
export { FEEDBACK_EMAIL, PhaseBanner, type PhaseBannerProps } from "./PhaseBanner";
export {
  navigationCurrent,
  PRIMARY_NAVIGATION,
  PrimaryNavigation,
  type NavigationItem,
  type PrimaryNavigationProps,
} from "./PrimaryNavigation";
export { PrimaryNavigationClient, type PrimaryNavigationClientProps } from "./PrimaryNavigationClient"; // (client)
export { Radios, radioId, type RadioItem, type RadiosProps } from "./Radios";
export { Select, type SelectOption, type SelectProps } from "./Select";
export { SkipLink, type SkipLinkProps } from "./SkipLink";
export {
  SummaryList,
  type SummaryListAction,
  type SummaryListProps,
  type SummaryListRow,
} from "./SummaryList";
export { Table, type TableCell, type TableCellInput, type TableColumn, type TableProps } from "./Table";
export { Tag, TAG_COLOURS, type TagColour, type TagProps } from "./Tag";
export { Textarea, type TextareaProps } from "./Textarea";
export { FIELD_CLASSES, TextInput, type InputWidth, type TextInputProps } from "./TextInput";
export { WarningText } from "./WarningText";
