<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Canh Tý
</title><link rel="canonical" href="/tin-hoat-dong/gap-mat-chuc-sac-chuc-viec-cac-ton-giao-dau-xuan-canh-ty-1450.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClassD1C055B0810744188A932CEC5745D14D p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="gap-mat-chuc-sac-chuc-viec-cac-ton-giao-dau-xuan-canh-ty-1450.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x45FDD0D4BB4241CE4BDC194C8267B74C305C06E372B460B4CF5A71BFCE8DE6D5EE646C145E84431C6CA404DB87EFE5B04BAAF9ACB4411917246F58387C97F2E4,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEVwqB0aYxIIJvotvr5xe2CMec5ztnYOG4pvR8wPkYO/gmNPwYLia0ZeLwiPxWLEGqI1aTeyUjVbgqRYZqPUTlUSBj1ffxcV81yQfvlIziSdpriBRAGDp2Ep4q4OrMopKtLRj9AetCA2guKRQwDG6pF2OwO2Jdt+nrL9po/JY1EdAqN3OBb1BbpQ0Dlt9JyjkF1eO+NSI9PgoqpSZFg/P2YDdyRI10nEdJiHWsDAl19QnZ8kJU53KsYU/2qInmplXTsWfVkfSnVmgWy4oX8qREqEb+VCq7Ec5PtgHkOIB6LC+TL7SR+dP64ZSFlg3TE7z6gsNawTVv8FqlTjkI4DyYOh2Zhn3EipGrvZvqOkdb5TbxWpJQN5dezejVVYSsXejMPzSyGDYAJDui2Zt2PD61GIN7rmsKaRZevgkqRCL9Kourbbt0z7RRL0ikbsCCLXHm7F4vodpqKWJhhFaZuR2uHgpeQnRA4Jzq/PR8z9AgsqJnmr8O8+DeYhkeMjes1TnaZ/yhF6XabOYecNMN00kx3v/HyTZwuYJzCqOZ/X2TA04UVCyvASDiKeTIUgnDHh29ytDdGKDb5KqFmmjnV2kwlQvhL8GtCVVUvf47PRtW2dDKhuPl61FNA6eN5XP1Z1YkJHYZ2w3cNTPlJI3BGA8FwpFg90Ixn5iTEoFyMDanuQKlO2xRfpEoVDGBX4E6gJ4+GKy5VHrFG65y9lcgDNNLprpDF4gg0ZPxigfvYMHxLXRx2jSylBgpVAlhvnIyXHXx49yF8M7KGDhnEXWt77ALc0EPHRahkpTFezWHJEvsq3SrAjcMh1Mnx8amYO0N3FguMtHGkvhMe7V+Hp54QykKNnecaBdC4T4PBYBBGKVHfrV3QgdL91EDhcP50sjkbUnkB6dA7HpLLJ3h+ASqnQu5Qtj/NSy9EJOCmxskFzbvhBgCpA0BWDP6ymBh6SvdD1YhXiiWRuKSoIdsow02pw11PWj5Jl2MQFGduWtxgdQmggkRIJsh9EbfsnCggXCx2LVdF6FGQf71CnceWiQL9DJHuEQBiIsm6enGd31iXwvBumD9mhnBAJBYWXK7SegPodlHFzYon4ZyU+Pkiy2ZVH7IgcvxU9Vkd1PPlW/O9scFodYMtIWVJBs/8sr1tHktnk1PhJZR/xiwZ8icthtq/YVHIsoTngGsR73dm35ApxXcBIRS4crEDU10acA5ur0ffhPla5XmzJ/gCuZVErk7Dxl04p5f+ZcA7e8bRWeEjHXxJsy50cvYP+Ax1XXpyRo3jKNcpUDYk2Hq36/bRLHDreLJ27sdj25cdKDNCHYpM7SXJDHkYk/V9u8TlhXffUTMO8d8V05ygUaKiFKReOtvgSZTnkJQ13EHnM4qPAYqnsoGQkTktIhhmm+1KVq/SjRM66/s0xkJWdMTYqeciRBcZZ0Z2bdfT7eC/WrRfQNn+IUpovqNXyg4kNz5RqEguj8LtWyfSpChyco2q+Pfy/O4CiC+o2Q0rWXsQcvv0MS+hMM537bamhcLBB+gEP7QzZFv3+xUUytzqrEXkM/ZCBXaiStrVoZH4egM6qKHHnnoUp73kKgmGVYDf5WHJhRAoUzEjEm2oWn12jZCdXPbVXn22ijkywmb4RlhpUZ3sEsrVYF92EvIm5VwyZWERQSjHsUPqfdISAvZXkUax/nY/yKjF1WSI5uMWYKP/cTlU4oWodt0fTUhSFG9O4ehCpS47Fb5FiwJ3a/DbjnT2U1uKCQY+5nX5OmXOTvG1ArtZSn5DDje7w+RwKJMmQGFS7lpnkhyM21neYSl2DORbGgcXqE8DiZpJcoB0K9x1zW8Sm0tDvhi4HMAMD/ftO5seFMS8VvM7uGN6k3v299OqU2UVqv6ID/ayuVciZg3acSJ5jmz/+zB+1Q6ZxEVhC6VelCEncnbuqilQtiatxu5Bl5lg/TPLkBKvZhHj44qpYd7mBFxA/rbGnfGlEVQJYOwlfFiR+Eb682K9I6TqbcbT7oLKjnEx0Pm+AxElIsCoyc8hduOEnofVfn+cFEOlfzh9GBWUNHRiqutxpMabnkFqH+qjM4aHf53RzDCQ6mpk1V7NHtWeHAr3zRxE7KbrESFzUAOT+apLZGqw1ODbuOiaji1T8H/0Zy88PZ0Y+4JrFbfrsn4q0/OZOzGolzMtXaH7q0IdJGLfZW8fEEVBXTQzWLlZpowaOJnRpx7aH7v6eNGVX1un599qf+e9/897DuFa3MqprLyEFpa4if+GJSQytXO2IbYB6Tsj/phShakn9/E6uNKnuaI4bJLxjNjzZOs0YhoA1MzJwC2M3jwW59itPcgJ5RNp/vHqnHAJc1EbShCBmQgvT2LeMnTYOywbzMFhc6gh2o4QfTjP9sfw0Z1k9ILrFShf5ShCoc/Tk5eg0oWVgAbDrqwObILlKYcTp3cgmomtxP+mUF2B7RmbttQnkSdJ7EUJwIYbde470sXHZwnVQOGlvSKFAYaNJ+tehsFDMx9LXQ6nRdtBS3khOyjKTAqY5W1DW07Pdf+G7GJv/4exrUAH+LKtDMHptPG/8QNVDIkyOiQQm/Sxy2aWyBKkDjHlF+lPBRXNbgRrPs6bmuP9uV01fVeCyvgLPLW+SgzVS7L1DZ6wsBgUCyhJSdHlCfFE3+MQXrTNxAV551mwBZaq4AUP5FXRUZsznOSNdMgcXEVm+s+Ls1vh0+IkB2+FURBdZLu0+Wki07TUK7/isV/wVOz0yZwXGK3dHUKszpgX0XP6+B8NDGoH8E3818j4EjZ5QwFRgBJmbXji34+XRaPy7uynjyZTOGPPv08NfldQBE/iv4CIwiIuq/h2jKC2id/uzVoSx6UKbGRilYCs0xFlSC/yHIg51cuTpDIJwc1rt/NJs9cybJblSFLVvZQyW6JuPo5p0zT7bLD09bvtDldE6nA/7ZGO/5NzRueffSAWHtEWbvySLHKpFL7dDAzV69gDAQ2Kzs08ZqKnes7VC8nON089zT5Z0BQ47Wmfsa3WPMnPXJflnWic4ax4FyW0bOUiYT5zeQhCLlSS1O8rNK6TCdvAgTPhYs70kCa0FkNEzqUV2BXVCBbtlZw8gHo3e0CX+Do3i37XiNCYFG67VUaLnT5+ghSoAXWgDaa/shXyUXMBkiTxqugtnhszzfQZoZbMmPYMmB5s+izgg3QgSvnayn3PRcBprGWLUyQxOkzK3FGtDfF3jJ6pynQkt0hAdh/EllWxc43fgmTx1ZTJRyK3dd0dhbKJ7U0V86VV94kZr0leNqi4Ov5QMuymC/o5KXQ3h46qs021aU5+5yBjki9etBtFy8nrPSLsx8kAPje0045wxBSi17S1itDqkMYv82g/9f94b9hVJCOKTtWY8xfByfPKOEf/EruiQUjwk1VLlTumayPw9K2MXSrib5WLe7Hv373v0UlS8zF7VLe4EPIz5EKvpU+ZvcmxaFY9Dd5UtmOwMSqUIL8d+ON37H9kLHgvk6cXNLLY36yfnGZQ5QzrJbAzgekFM3HengwG8ZiAprCuRy7HlWi7NgJwiRwsrTMa9Ls8wVLII+9Zdxm2UFn6SMwtqMrgyIN+R6qzcaCdgk3yvUmjT72AYvAQqkLMEPGMWehz1FPFQScWc0epwP/UeOLSKB/Rdf9aaE0Gcm0zO+1rj9EQk7QF9uzktU7UEhvjZZMo3t4spNf/Tgb+NNIuxDpwJURYn3Oh3vaUzpTbZX50DwR84OLCvI++bq49MhOZO60cY8JJswMtX87v0dLBknnGzWZVn0b1lh5q2rGC45xD/7HPxyrMEkHpSLtwyA/XZNp4a/hVsepL72C284Xzdne/0dNJzbBbnwOeispGL72Q3OyrJhClT1qPKejDS+fE7qdMAhV5YIizoKlMSKPNSyOqHWGB7nJ+ZxC0pTExCJtokICNSZraWmO61E7Yeu4UiMWSIYmGBAJzN4+qDrEIVQYAscGUzLzYVimvCysAAsi9LmC/f4jMTbXu/g9jhPWXdSDelOTfMMpuWuwYz77S9KkskpBTsw6wxEXJbOqMFaPsnGgp7mx4jsXXQ24gXk7RVBh7RET8NGLDhcopCppkbV7w2VLWuybpb1iGtt7QgMbUsoqvIP3LRiAn95tjC/HHBz/Mvli8RQ6i1pFg6sSj5nKOdGkj5SrUdnnf3g++YIqnEtzhUzaW3O467IaPLzjAJPJSIzYkCW2NWYvIxAyDG1Hq7Fe/pKEqlPFSr4VDRHL5W7bL6TpVTBX0sXLyDf5f/TGgfW1/rnmQFQCZQetMW86ffaDcdxtwP2GmUBvEI/PY0H4dDdGe9DmhjNrQyQJO0lOesGsg/QKbKQdGfk05RSuMUtxi78FBaLNq7kATsLDN6PsblI8ySkdrjTrEGW8KlL3FHfSCbF3ZWhQdvJHPMAcCbgl4iGwQFsust7hTBXtXOf2AwawWQhNUWdm2CNaK52I60pt7vJG5aENj3RV0gSTTxYrVvRODV8jUr/hkjaIQYd7wg5bTVpIsE+zio+3kApyGa604nGsbiqpHn8h4y74asCfw7mLlxkvIvkwF37bMXIJwW0rdI/tIZjGEOIqx3Tw/coUbgMUslpeESRk3MuY2b4yzv3kcz2dZCTFzOasxXVH8LpnNPseUl+rA/G6L2qKg4ARB4o6EHJJDV0tcoR4Nwwzq3Fe0EpVha/F0/n7UxFKCDb8EYKXjYYj3BtDkVF4ScfQv8XwvwlEp+HR3xSc7SABPut7whC/d37atal8y4353q2D19XQH153npBGkOpOYXVJX47QQYCWa++MU1M27CcXEKxRdpHU8OOqqO/pODUNa7V4QYKmXCFIHFCF4vz3rbVM9SiY2mNSJFj5eg0ElDkEMqDwAcHwboiQl5MRwURLUqVTGVHdLRzlmsjyhF2alGqJrTbARbOZCngccZx6ndL5bSe3HaINQeNQhrCS5kxJBJp/nLhsJfeaUUOeHuCEOXPUCuJk/MVd3N4LgEsVqACWHETuBuhJma4KvOtrC+vgX+qZcgpDPYXj1EEUpINPH6aaSayXP5vsyhHoyt75DPhxFBmWhQ7zGHZcZ1IzAsdxUjjbwY/AwGXVZcglBS3osg2c2j7t9mUmTxVTbDK/qiW9st/13ecGYemA/9cKi+tYLcV6TsvB1Gb0/zM5rUegZW9oo5BzXx1MUax2e767cd7YDxz53iwqIqLH7S8QvzGN3EtW0DMvrzhXZpahmDiN02PrwKqo72bjklvQeqkExpr9ivRVB/5SAAOUpjNvWZRQAwW58LGDykYGL/rx2jBHvdS1ScCKx27abJZNMLEwHqtbXzJgLZeyWoUdgeF8C0p35KyU4/XJKHfWX/BStLG9m/s4s5PltztRh+QJ38tXUUnYe3Lsjium/aebROeQrsw6Vih+QA4Ttlnt8sQaZBm+HDKUO+lee5x0Laqb3dql4xEI7xXLrE/Ogjkugz0E0oWcdILjk9KrIfiagKok48NPmCCYMW810bOs1wTXeF9A7r7tE14RYrVnQ1DH9GpMNT+lpgsaMgqY5/FXbjJsdgHY8XAvUpVcb4aISkIOuZ2GW4M68X4Wx/dsaIAYuhIZPJ0eNpHYic42VcMGgdr/GE2CsIj8mpPRg+LhQ7rKSTaFmYrU8dEkCG921sLbtWu0T//X+HAkBJqBlPjzfhSmoYePtqgPLXnkZRmFfhaodJM3tQO6HtsWvHxKSmJH/x52sgeTW6DUmtoS73lCupV5CGzSzJOdlXEhlFw6rng/T9huu7Ex8ypA3dRzt3TMvRxxlidKGd+gCO6aas3jus3wpPGQcScMvHeYP5DZXILyFYGQVWz3ms/f5Fzw+2rGEG0b0L4vmmi7BsBp+anzvrolIuL48QoXlRW/NXLrC9LDnM7URJchuyVq+7vcPlKpx3zQ9uMElCM7+XC0fEpC6nWbAkOR5zG5vKUN8dbVt4V4lVWh9SU3fwiuiOaFmoKhWH16n2zAVo/+ZptusrnA/kNa4m5Rx3/Srf4euKokmA0UDehvZiojT+R2S74KmbEBPs3iwqTOlKSJ76nWSvOwr5EqGdR9SxmbiRH53s5PffqSdw1glIAgWaQxGY10ps21+YAr14Cfm+Xqx9zZdwv26YW8NvYDz9N/nZcGGlpnc2WEx6rqq9rOhW9X0FIbC2XaAg==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{7bef36d0-18f8-467d-ab2c-f1de68ead31b}",pageItemId:569, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_ae203a01_e460_4023_9cca_e385d0e2de83">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_df547758_286a_4d06_950b_bfa30c07677d">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">28</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">383</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.879.617</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Canh Tý</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_e16fbb47_bf11_41a7_bc84_0a12b00a9dab">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_e16fbb47_bf11_41a7_bc84_0a12b00a9dab_lblDate">Thứ sáu, 14/02/2020, 10:05</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Canh Tý</h2>
		<div class="post-content">
<div class="ExternalClassD1C055B0810744188A932CEC5745D14D"><div style="text-align: justify;">Ủy ban MTTQ Việt Nam tỉnh tổ chức gặp mặt chức sắc, chức việc các tôn giáo trên địa bàn tỉnh nhân dịp đầu Xuân Canh Tý 2020.</div>
<div style="text-align: justify;">Tại buổi gặp mặt, lãnh đạo Ủy ban MTTQ tỉnh thông tin về tình hình kinh tế - xã hội của tỉnh và ghi nhận những đóng góp của đồng bào các tôn giáo.</div>
<div style="text-align: justify;">Các chức sắc tôn giáo bày tỏ sự đồng thuận, tiếp tục vận động tín đồ sống “tốt đời, đẹp đạo”, chung tay xây dựng quê hương.</div></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_e16fbb47_bf11_41a7_bc84_0a12b00a9dab_lblView">201</span></div>
		<div class="post-author" id="ctl00_m_g_e16fbb47_bf11_41a7_bc84_0a12b00a9dab_lblAuthor">Ngọc Hân</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</a> <span class="date">(18/11/2019)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-ho-tro-ho-ngheo-1398.aspx">Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo</a> <span class="date">(16/10/2019)</span></li>
<li><a href="/tin-hoat-dong/dai-hoi-dai-bieu-mttq-viet-nam-huyen-tan-hoa-nhiem-ky-2019-2024-1380.aspx">Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ 2019 - 2024</a> <span class="date">(11/09/2019)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001457-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLrWLdSlFbld9JNdrgGkVP5CuxGPeSW8X/VbAmq6eDi7AKTMhVFNpEvE9kKDaOA6JPhXyJYzScay97wYe0PNjf0LUtPMTg7Lk/BUrQ1UlOnTtDMXIfndpydxBy" />
</form>
</body>
</html>
