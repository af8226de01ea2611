export const aMonthAgo = () => {
  const date = new Date();
  date.setMonth(new Date().getMonth() - 1);
  return date;
};
