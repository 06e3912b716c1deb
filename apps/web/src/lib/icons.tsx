/**
 * The icons the app uses, marked decorative (aria-hidden): an icon's English name must not
 * become part of a Vietnamese button's accessible name ("cloud-upload Nhập").
 */
import type { ComponentProps, ComponentType } from 'react';
import * as Icons from '@ant-design/icons';

type AntdIconProps = ComponentProps<typeof Icons.UserOutlined>;

type Icon = ComponentType<AntdIconProps>;
const decorative = (Component: Icon): Icon => {
  const Decorative = (props: AntdIconProps) => <Component aria-hidden {...props} />;
  Decorative.displayName = Component.displayName;
  return Decorative;
};

export const ApartmentOutlined = decorative(Icons.ApartmentOutlined);
export const ArrowLeftOutlined = decorative(Icons.ArrowLeftOutlined);
export const AuditOutlined = decorative(Icons.AuditOutlined);
export const BarChartOutlined = decorative(Icons.BarChartOutlined);
export const CalendarOutlined = decorative(Icons.CalendarOutlined);
export const BookOutlined = decorative(Icons.BookOutlined);
export const BulbOutlined = decorative(Icons.BulbOutlined);
export const CheckCircleOutlined = decorative(Icons.CheckCircleOutlined);
export const CheckOutlined = decorative(Icons.CheckOutlined);
export const ClearOutlined = decorative(Icons.ClearOutlined);
export const CloseCircleOutlined = decorative(Icons.CloseCircleOutlined);
export const CloudUploadOutlined = decorative(Icons.CloudUploadOutlined);
export const DashboardOutlined = decorative(Icons.DashboardOutlined);
export const DeleteOutlined = decorative(Icons.DeleteOutlined);
export const DownloadOutlined = decorative(Icons.DownloadOutlined);
export const EditOutlined = decorative(Icons.EditOutlined);
export const FileExcelOutlined = decorative(Icons.FileExcelOutlined);
export const FlagOutlined = decorative(Icons.FlagOutlined);
export const GlobalOutlined = decorative(Icons.GlobalOutlined);
export const FlagFilled = decorative(Icons.FlagFilled);
export const HeartOutlined = decorative(Icons.HeartOutlined);
export const HistoryOutlined = decorative(Icons.HistoryOutlined);
export const HomeOutlined = decorative(Icons.HomeOutlined);
export const InboxOutlined = decorative(Icons.InboxOutlined);
export const KeyOutlined = decorative(Icons.KeyOutlined);
export const LockOutlined = decorative(Icons.LockOutlined);
export const LogoutOutlined = decorative(Icons.LogoutOutlined);
export const MenuFoldOutlined = decorative(Icons.MenuFoldOutlined);
export const MenuOutlined = decorative(Icons.MenuOutlined);
export const MenuUnfoldOutlined = decorative(Icons.MenuUnfoldOutlined);
export const OrderedListOutlined = decorative(Icons.OrderedListOutlined);
export const PlusOutlined = decorative(Icons.PlusOutlined);
export const QuestionCircleOutlined = decorative(Icons.QuestionCircleOutlined);
export const RollbackOutlined = decorative(Icons.RollbackOutlined);
export const ReloadOutlined = decorative(Icons.ReloadOutlined);
export const SafetyCertificateOutlined = decorative(Icons.SafetyCertificateOutlined);
export const SaveOutlined = decorative(Icons.SaveOutlined);
export const SearchOutlined = decorative(Icons.SearchOutlined);
export const SettingOutlined = decorative(Icons.SettingOutlined);
export const UndoOutlined = decorative(Icons.UndoOutlined);
export const StopOutlined = decorative(Icons.StopOutlined);
export const SwapOutlined = decorative(Icons.SwapOutlined);
export const TeamOutlined = decorative(Icons.TeamOutlined);
export const TrophyOutlined = decorative(Icons.TrophyOutlined);
export const ProfileOutlined = decorative(Icons.ProfileOutlined);
export const LineChartOutlined = decorative(Icons.LineChartOutlined);
export const UnlockOutlined = decorative(Icons.UnlockOutlined);
export const UserAddOutlined = decorative(Icons.UserAddOutlined);
export const UserOutlined = decorative(Icons.UserOutlined);
export const BellOutlined = decorative(Icons.BellOutlined);
export const ClusterOutlined = decorative(Icons.ClusterOutlined);
export const FileWordOutlined = decorative(Icons.FileWordOutlined);
export const NotificationOutlined = decorative(Icons.NotificationOutlined);
export const PaperClipOutlined = decorative(Icons.PaperClipOutlined);
export const StarOutlined = decorative(Icons.StarOutlined);
export const CopyOutlined = decorative(Icons.CopyOutlined);
export const PrinterOutlined = decorative(Icons.PrinterOutlined);
export const FilePdfOutlined = decorative(Icons.FilePdfOutlined);
export const SendOutlined = decorative(Icons.SendOutlined);
export const EyeOutlined = decorative(Icons.EyeOutlined);
export const FileDoneOutlined = decorative(Icons.FileDoneOutlined);
export const MailOutlined = decorative(Icons.MailOutlined);
export const SolutionOutlined = decorative(Icons.SolutionOutlined);
export const CrownOutlined = decorative(Icons.CrownOutlined);
